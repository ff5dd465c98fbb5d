# A frame an exception leaves reports as f_lineno the line where that exception was
# raised in it when a cleanup handler re-raised it (an error in an except or finally
# body, a with whose __exit__ did not suppress it: CPython's RERAISE 1/2 restoring
# lasti), the last except line when no clause matched, and the last line of a
# finally body run for an exception.
def run(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
        out = []
        while t:
            out.append((t.tb_lineno - t.tb_frame.f_code.co_firstlineno, t.tb_frame.f_lineno - t.tb_frame.f_code.co_firstlineno))
            t = t.tb_next
        print(f.__name__, out)

def in_except():
    try:
        1/0
    except:
        1/0
        pass
def other_except():
    try:
        1/0
    except TypeError as ex:
        pass
def other_except2():
    try:
        1/0
    except TypeError:
        pass
    except KeyError:
        pass
def named():
    try:
        1/0
    except Exception as ex:
        1/0
        pass
class Noop:
    def __enter__(self): return self
    def __exit__(self, *a): pass
def after_with():
    with Noop():
        1/0
        pass
def fin():
    try:
        1/0
    finally:
        1/0
        pass
def fin2():
    try:
        1/0
    finally:
        x = 1
        pass
def raise_in():
    try:
        1/0
    except:
        raise
def nested():
    try:
        try:
            1/0
        except KeyError:
            pass
    except ZeroDivisionError:
        int('x')
def gen():
    try:
        yield 1
    except ValueError:
        1/0
        pass
def thrown():
    g = gen()
    next(g)
    g.throw(ValueError)
for f in [in_except, other_except, other_except2, named, after_with, fin, fin2, raise_in,
          nested, thrown]:
    run(f)
