# _testcapi's calling-convention test objects: what each METH_* convention passes
# as self and how it refuses arguments, as module functions and as instance, class
# and static methods; and the PyObject_Call* drivers.
import _testcapi

inst = _testcapi.MethInstance()
for obj, expected in [(_testcapi, _testcapi), (inst, inst),
                      (_testcapi.MethClass, _testcapi.MethClass),
                      (_testcapi.MethClass(), _testcapi.MethClass),
                      (_testcapi.MethStatic, None)]:
    r = obj.meth_varargs(1, 2)
    print(r[0] is expected, r[1])
    r = obj.meth_varargs_keywords(1, a=2)
    print(r[0] is expected, r[1:], obj.meth_varargs_keywords()[1:])
    print(obj.meth_o(5)[1], obj.meth_noargs() is expected)
    print(obj.meth_fastcall(*[1, 2])[1:], obj.meth_fastcall_keywords(x=1)[1:],
          obj.meth_fastcall_keywords()[1:])
    for call in (lambda: obj.meth_o(), lambda: obj.meth_o(1, 2),
                 lambda: obj.meth_o(k=1), lambda: obj.meth_noargs(1),
                 lambda: obj.meth_noargs(k=1), lambda: obj.meth_varargs(k=1),
                 lambda: obj.meth_fastcall(k=1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


def f(*args, **kwargs):
    return args, kwargs


print(_testcapi.pyobject_fastcall(f, (1, 2)), _testcapi.pyobject_fastcall(f, None))
print(_testcapi.pyobject_fastcalldict(f, (1,), {"a": 2}),
      _testcapi.pyobject_fastcalldict(f, None, None))
print(_testcapi.pyobject_vectorcall(f, (1, 2, 3), ("b", "c")),
      _testcapi.pyobject_vectorcall(f, None, ()))
print(_testcapi.pyvectorcall_call(f, (1,), {"z": 0}))
