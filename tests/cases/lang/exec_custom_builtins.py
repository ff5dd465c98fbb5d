# exec/eval with a `__builtins__` in the globals: names missing from the globals are
# looked up there (a dict, a dict subclass through its __getitem__, a module),
# LOAD_BUILD_CLASS finds `__build_class__` there, and a KeyError means "not defined".
import builtins


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: exec("print('hi')", {"__builtins__": {}}))
attempt(lambda: eval("len([1, 2])", {"__builtins__": {"len": lambda x: 42}}))
attempt(lambda: eval("len([1, 2])", {"__builtins__": builtins}))
attempt(lambda: exec("class A: pass", {"__builtins__": {}}))
attempt(lambda: exec("print(1)", {"__builtins__": 123}))


class Logging(dict):
    def __getitem__(self, k):
        print("get", k)
        return dict.__getitem__(self, k)


class SetOnly(dict):
    def __getitem__(self, k):
        raise LookupError("nope")


attempt(lambda: exec("print(superglobal)", {"__builtins__": Logging(print=print, superglobal=7)}))
attempt(lambda: exec("superglobal", {"__builtins__": Logging()}))
attempt(lambda: exec("superglobal", {"__builtins__": SetOnly(superglobal=1)}))
ns = {"__builtins__": dict(builtins.__dict__)}
exec("class B: pass\nr = B.__name__", ns)
print(ns["r"])
# A function defined there keeps seeing those builtins.
ns = {"__builtins__": {"len": lambda x: -1}}
exec("def f(): return len('abc')", ns)
print(ns["f"]())
for i in range(3):
    print(len("abc"), eval("len('abc')", {"__builtins__": {"len": lambda x: i}}))
