# A builtin class's __new__ is a builtin bound to its class (CPython's
# tp_new_wrapper): not a staticmethod, qualname "T.__new__", __self__ the class,
# and called with the subtype first; the argument checks are tp_new_wrapper's.
import collections, itertools
for t in (object, int, str, dict, type, collections.deque, itertools.count, BaseException):
    n = t.__new__
    print(type(t.__dict__['__new__']).__name__, n.__qualname__, n.__name__, n.__self__ is t,
          repr(n).startswith("<built-in method __new__ of type object at 0x"))
print(object.__new__ is object.__new__, object.__new__ == object.__new__, (1).__new__ is int.__new__)
class C:
    def __new__(cls, *a):
        return object.__new__(cls)
print(type(C.__dict__['__new__']).__name__, type(C(1, 2)).__name__)
class I(int):
    pass
print(int.__new__(I, 7), type(int.__new__(I, 7)).__name__, str.__new__(str, 5))
for args in [(), (5,), (str,), (list,)]:
    try:
        int.__new__(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
