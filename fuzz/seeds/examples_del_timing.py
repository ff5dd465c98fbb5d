# When does __del__ run? Immediately when the last reference goes (refcounting),
# not at some later collection -- unless the object is in a cycle.
import gc


class Tracer:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print(f"    __del__({self.tag})")


def make_and_drop():
    t = Tracer("local")
    print("    leaving function")


print("1. local variable: freed when the function returns")
make_and_drop()
print("   back in caller")

print("2. temporary: freed right after the expression")
print("   len of tag:", len(Tracer("temp").tag))
print("   next statement")

print("3. del of the last reference")
t = Tracer("del")
del t
print("   after del")

print("4. reassignment")
t = Tracer("old")
t = None
print("   after reassignment")

print("5. in a cycle: only the collector frees it")
t = Tracer("cycle")
t.self = t
del t
print("   after del (still alive)")
gc.collect()
print("   after gc.collect()")

print("6. exceptions in __del__ are reported, not raised")


class Bad:
    def __del__(self):
        raise ValueError("oops")


b = Bad()
del b
print("   program continues")
