# mempy's `atexit` module (mirrors CPython's Modules/atexitmodule.c). The runner calls
# the registered functions, last registered first, when the program ends and before
# the main module is torn down (see runner::run_atexit).

_exithandlers = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        func(*args, **kwargs)
