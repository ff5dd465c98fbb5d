# Checks: ExceptionGroup/BaseExceptionGroup construction rules and messages, message/exceptions/args, str/repr, the MRO, split/subgroup by type, tuple and predicate (nested), derive in a subclass, split copying notes and traceback, readonly fields, ExceptionGroup[...].
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("x", [ValueError()])))
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])))
print(ExceptionGroup.__mro__)
for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("m", ValueError()),
            lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup("m")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.split((ValueError, TypeError)))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(nested.split(ValueError))
print(nested.subgroup(KeyError))
try:
    eg.split(1)
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
x = MyEG("m", [ValueError(1), TypeError(2)], 42)
print(repr(x), x.code, x.args)
a, b = x.split(ValueError)
print(repr(a), a.code, repr(b))
try:
    raise eg
except ExceptionGroup as e:
    e.add_note("note1")
    m, r = e.split(ValueError)
    print(m.__notes__, m.__traceback__ is e.__traceback__, m.__suppress_context__)
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, None)
    except AttributeError as e:
        print(attr, e)
print(ExceptionGroup[int], BaseExceptionGroup.__mro__)
print(nested.subgroup(lambda e: isinstance(e, ExceptionGroup)) is nested)
print(nested.split(ExceptionGroup)[0] is nested)
print(repr(BaseExceptionGroup("b", (KeyboardInterrupt(), ValueError()))))
