# Checks (tools/finally-matrix, issue 17): the prints, the result and the
# exception being handled at each step match CPython for
#   while loop > try/except/finally (except: return if i >= 1, finally: break if i >= 1) > body: raise ValueError if i == 1
def exc():
    # sys.exc_info()[1], read with a bare raise (re-raises the innermost exception
    # being handled, in this frame or a caller's).
    try:
        raise
    except RuntimeError as e:
        if e.args == ("No active exception to reraise",):
            return None
        return "RuntimeError" + repr(e.args)
    except BaseException as e:
        return type(e).__name__ + repr(e.args)


def desc(e):
    parts = []
    while e is not None and len(parts) < 6:
        parts.append(type(e).__name__ + repr(e.args))
        e = e.__context__
    return " <- ".join(parts)


class CM:
    def __init__(self, name, mode):
        self.name = name
        self.mode = mode

    def __enter__(self):
        print("enter", self.name, exc())
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, None if t is None else t.__name__, exc())
        if self.mode == "wx":
            raise RuntimeError("x" + self.name)
        return self.mode == "ws"


def f():
    i = -1
    while i < 2:
        i += 1
        print("iter", i, exc())
        try:
            print("try1", i, exc())
            print("body", i, exc())
            if i == 1:
                raise ValueError("v1", i)
        except ValueError as e1:
            print("except1", i, e1.args, exc())
            if i >= 1:
                return ("ret", 1, i)
        finally:
            print("finally1", i, exc())
            if i >= 1:
                break
        print("after1", i, exc())
        print("next", i, exc())
    else:
        print("loop else", exc())
    print("after loop", exc())
    return "end"


def run():
    try:
        r = f()
    except BaseException as e:
        print("raised", desc(e))
    else:
        print("returned", repr(r))
    print("exc after", exc())


run()
try:
    raise TypeError("outer")
except TypeError:
    run()
    print("handler exc", exc())
print("final exc", exc())
