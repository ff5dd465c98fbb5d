# LoadGlobal keeps an inline cache; every way of changing a global must show through it.
def get_x():
    return x

x = 1
print(get_x())
x = 2                      # rebinding in place
print(get_x())
del x
try:
    get_x()
except NameError as e:
    print("NameError:", e)
x = 3                      # re-added at a new dict entry
print(get_x())

def use_len():
    return len([1, 2, 3])

print(use_len())           # builtin, cached
len = lambda s: "shadowed"
print(use_len())           # a global now shadows the builtin
del len
print(use_len())           # back to the builtin

import builtins
def use_abs():
    return abs(-5)
print(use_abs())
old_abs = builtins.abs
builtins.abs = lambda v: "patched builtin"
print(use_abs())
builtins.abs = old_abs
print(use_abs())

globals()["y"] = 10
def get_y():
    return y
print(get_y())
for k in range(50):        # grow globals, forcing dict resizes
    globals()["g%d" % k] = k
print(get_y(), get_x(), g49)

code = compile("def f():\n    return z\n", "<s>", "exec")
ns1 = {"z": "first"}
ns2 = {"z": "second"}
exec(code, ns1)
exec(code, ns2)
print(ns1["f"](), ns2["f"]())
ns1["z"] = "changed"
print(ns1["f"](), ns2["f"]())
