# The calling-convention half of `_testcapi`, run in the native module's namespace
# after its natives are registered (see testcapi.rs). CPython's _testcapimodule.c
# exposes one C function per METH_* calling convention (METH_VARARGS, METH_O,
# METH_NOARGS, METH_FASTCALL, with or without keywords), as module functions and as
# instance, class and static methods of MethInstance, MethClass and MethStatic, plus
# PyObject_Call* drivers (`pyobject_fastcall`, `pyobject_vectorcall`, ...). Tests call
# them to check what each convention passes as `self` and how it rejects arguments.
# mempy has one calling convention, so each function here receives everything and
# applies the convention's own checks and messages itself; `self` is what the C
# function would have received.

import sys as _sys


def _check_convention(kind, name, args, kwargs, descriptor=False):
    """Rejects what convention `kind` rejects, with CPython's messages; `name` is
    the function's display name (`_testcapi.meth_o`, `MethInstance.meth_o`);
    `descriptor` is true for an instance method (a method descriptor's call)."""
    if kind == "varargs_keywords" or kind == "fastcall_keywords":
        return
    if kwargs:
        # A METH_VARARGS function object reports its bare name (getargs'
        # message); a method descriptor and the other conventions the qualified
        # one (the vectorcall entry points' message).
        shown = name.rpartition(".")[2] if kind == "varargs" and not descriptor else name
        raise TypeError(f"{shown}() takes no keyword arguments")
    if kind == "o" and len(args) != 1:
        raise TypeError(f"{name}() takes exactly one argument ({len(args)} given)")
    if kind == "noargs" and args:
        raise TypeError(f"{name}() takes no arguments ({len(args)} given)")


def _result(kind, self, args, kwargs):
    if kind == "o":
        return (self, args[0])
    if kind == "noargs":
        return self
    if kind == "varargs_keywords":
        # METH_VARARGS|METH_KEYWORDS gets NULL (None) when no keyword was passed,
        # METH_FASTCALL|METH_KEYWORDS builds an empty dict.
        return (self, args, kwargs if kwargs else None)
    if kind == "fastcall_keywords":
        return (self, args, kwargs)
    return (self, args)


_KINDS = ("varargs", "varargs_keywords", "o", "noargs", "fastcall", "fastcall_keywords")


def _module_function(kind):
    name = "meth_" + kind

    def f(*args, **kwargs):
        _check_convention(kind, "_testcapi." + name, args, kwargs)
        return _result(kind, _sys.modules["_testcapi"], args, kwargs)

    f.__name__ = f.__qualname__ = name
    return f


def _instance_method(kind, owner, descriptor):
    name = "meth_" + kind

    def f(self, *args, **kwargs):
        _check_convention(kind, f"{owner}.{name}", args, kwargs, descriptor)
        return _result(kind, self, args, kwargs)

    f.__name__ = name
    f.__qualname__ = f"{owner}.{name}"
    return f


def _static_method(kind, owner):
    name = "meth_" + kind

    def f(*args, **kwargs):
        _check_convention(kind, f"{owner}.{name}", args, kwargs)
        return _result(kind, None, args, kwargs)

    f.__name__ = name
    f.__qualname__ = f"{owner}.{name}"
    return staticmethod(f)


for _k in _KINDS:
    globals()["meth_" + _k] = _module_function(_k)


class MethInstance:
    """Holds instance methods of each calling convention."""


class MethClass:
    """Holds class methods of each calling convention."""


class MethStatic:
    """Holds static methods of each calling convention."""


for _k in _KINDS:
    setattr(MethInstance, "meth_" + _k, _instance_method(_k, "MethInstance", True))
    setattr(MethClass, "meth_" + _k, classmethod(_instance_method(_k, "MethClass", False)))
    setattr(MethStatic, "meth_" + _k, _static_method(_k, "MethStatic"))
del _k


def pyobject_fastcall(func, args):
    """_PyObject_FastCall(func, args): positional arguments only; None is NULL."""
    if args is None:
        return func()
    if not isinstance(args, tuple):
        raise TypeError("args must be a tuple")
    return func(*args)


def pyobject_fastcalldict(func, args, kwargs):
    """PyObject_VectorcallDict(func, args, kwargs); None is NULL for either."""
    if args is not None and not isinstance(args, tuple):
        raise TypeError("args must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("kwnames must be a dict")
    return func(*(args or ()), **(kwargs or {}))


def pyobject_vectorcall(func, args, kwnames):
    """PyObject_Vectorcall(func, args, kwnames): the last len(kwnames) items of
    `args` are the values of the keyword arguments kwnames names."""
    if args is None:
        args = ()
    elif not isinstance(args, tuple):
        raise TypeError("args must be a tuple")
    if kwnames is not None and not isinstance(kwnames, tuple):
        raise TypeError("kwnames must be a tuple")
    if not kwnames:
        return func(*args)
    npos = len(args) - len(kwnames)
    return func(*args[:npos], **dict(zip(kwnames, args[npos:])))


def pyvectorcall_call(func, argstuple, kwargs=None):
    """PyVectorcall_Call(func, argstuple, kwargs)."""
    if not isinstance(argstuple, tuple):
        raise TypeError("args must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("kwargs must be a dict")
    return func(*argstuple, **(kwargs or {}))
