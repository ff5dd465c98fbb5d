# Checks: global and nonlocal declarations, UnboundLocalError, module-level vs function scope, class scope.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print("global", counter)
def make():
    x = 1
    def change():
        nonlocal x
        x = 2
    change()
    return x
print("nonlocal", make())
y = "module"
def shadow():
    y = "local"
    return y
print("shadow", shadow(), y)
def bad():
    print(z)
    z = 1
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def new_global():
    global created
    created = "yes"
new_global()
print("created", created)
class Scope:
    v = 1
    w = v + 1
    def m(self):
        return y
print("class scope", Scope.w, Scope().m())
def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
    mid()
    return a
print("deep nonlocal", outer())
