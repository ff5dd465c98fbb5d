# Private names (`__x`) inside a class body are mangled to `_Class__x` by the
# compiler: attributes, methods, class variables, locals and parameters, nested
# functions, lambdas and comprehensions; dunders and names outside classes are not.
class Account:
    __rate = 2
    def __init__(self, owner):
        self.__owner = owner
        self.__log = []
    def __record(self, what):
        self.__log.append(what)
    def deposit(self, n):
        self.__record(n * self.__rate)
        return self.__log
    def owner(self):
        return self.__owner
acc = Account("ann")
print(acc.deposit(3), acc.owner())
print(sorted(vars(acc)), sorted(k for k in Account.__dict__ if "Account" in k))
try:
    acc.__owner
except AttributeError as e:
    print(e)
print(acc._Account__owner, Account._Account__rate)
print(Account._Account__record.__name__, Account._Account__record.__qualname__)

class Sub(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return str(e)
print(Sub("bob").peek())

class _Under:
    __v = 1
class ___:
    __v = 2
print([k for k in _Under.__dict__ if "v" in k], [k for k in ___.__dict__ if "v" in k])

class Outer:
    class __Inner:
        __deep = 3
    def inner(self):
        return self.__Inner
print(Outer().inner().__name__, [k for k in Outer.__dict__ if "Inner" in k])
print([k for k in Outer._Outer__Inner.__dict__ if "deep" in k])

class Params:
    def f(self, __a, b=1):
        return __a + b
    def g(self):
        __local = 5
        fn = lambda __y: __y + __local
        return [fn(__i) for __i in range(3)]
    def h(self):
        def nested():
            return self.__dict__
        return nested
p = Params()
print(p.f(1), p.g(), p.h()() == {})
print(Params.f.__code__.co_varnames, Params.g.__code__.co_varnames)

__gl = "module level"
class UsesGlobal:
    def get(self):
        global __gl
        __gl = "set inside"
        return __gl
print(UsesGlobal().get(), __gl, globals().get("_UsesGlobal__gl"))

class Dunder:
    __slots__ = ()
    def __repr__(self):
        return "Dunder()"
    __x__ = "not mangled"
print(repr(Dunder()), Dunder.__x__)

def outside(obj):
    return obj.__dict__
print(outside(acc) is acc.__dict__)
