# References and `del`: a name is a reference, not the object. `del` removes one
# reference; the object is freed (and __del__ runs) when the last one goes.
import sys


class Resource:
    def __init__(self, name):
        self.name = name
        print(f"  open {name}")

    def __del__(self):
        print(f"  close {self.name}")


print("one name:")
r = Resource("A")
print("  refcount (includes getrefcount's argument):", sys.getrefcount(r))
del r
print("  after del")

print("two names:")
r = Resource("B")
alias = r
print("  refcount:", sys.getrefcount(r))
del r
print("  after del r: still alive through alias ->", alias.name)
del alias
print("  after del alias")

print("container holds a reference:")
items = [Resource("C")]
print("  refcount of the element:", sys.getrefcount(items[0]))
items.clear()
print("  after clear")

print("rebinding drops the old object:")
x = Resource("D")
x = Resource("E")
print("  x is", x.name)
del x
print("done")
