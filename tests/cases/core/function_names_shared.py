# A function's __name__ and __qualname__ are its code object's strings, shared by
# every function made from that code (CPython's func_new).
def make():
    def inner():
        pass

    return inner


a, b = make(), make()
print(a is b, a.__name__, a.__qualname__)
print(a.__name__ is b.__name__, a.__qualname__ is b.__qualname__)
print(a.__name__ is a.__code__.co_name)
a.__name__ = "renamed"
print(a.__name__, b.__name__, make().__name__)
fs = [lambda: i for i in range(3)]
print({f.__qualname__ for f in fs}, fs[0].__name__ is fs[2].__name__)
