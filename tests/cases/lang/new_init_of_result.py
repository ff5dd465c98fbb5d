# type.__call__ runs the __init__ of the type of what __new__ returned (a
# subclass of the class called, possibly), and only when it is an instance
# of the class called (CPython's type_call).
class C(object):
    def __new__(cls, arg):
        if isinstance(arg, str): return [1, 2, 3]
        elif isinstance(arg, int): return object.__new__(D)
        else: return object.__new__(cls)
class D(C):
    def __init__(self, arg):
        print("D.__init__", arg)
        self.foo = arg
print(C("1"), D("1"))
d = C(1)
print(type(d).__name__, d.foo)
d = D(None)
print(type(d).__name__, d.foo)

class S:
    @staticmethod
    def __new__(*args):
        return args
class T(S):
    pass
print(S(1, 2)[1:], T(1, 2)[1:], T(1, 2)[0] is T)

class Other:
    def __init__(self, *a):
        print("Other.__init__ must not run")
class U:
    def __new__(cls):
        return Other.__new__(Other)
print(type(U()).__name__)
