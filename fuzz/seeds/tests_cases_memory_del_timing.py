# Checks: __del__ runs immediately when the last reference goes (del, rebinding, function return, container removal).
class Noisy:
    def __init__(self, name):
        self.name = name
        print(" init", name)
    def __del__(self):
        print(" del", self.name)
a = Noisy("a")
b = a
print("del a (alias b remains)")
del a
print("del b")
del b
print("rebind x")
x = Noisy("x1")
x = Noisy("x2")
print("after rebind")
def scope():
    t = Noisy("local")
    print(" returning")
print("call scope")
scope()
print("after scope")
L = [Noisy("in-list")]
print("pop from list")
L.pop()
print("temporary")
Noisy("temp").name
print("dict overwrite")
d = {"k": Noisy("v1")}
d["k"] = Noisy("v2")
print("end of script")
