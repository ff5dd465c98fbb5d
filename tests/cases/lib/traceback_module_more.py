# The traceback module over generators, chained exceptions, with blocks, recursion
# and the running stack; one frame object for a generator across its yields.
import sys, traceback
def gen():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            keep.append(e)
        yield i
keep = []
g = gen()
print(next(g))
print(keep[0].__traceback__.tb_frame.f_code.co_name, keep[0].__traceback__.tb_lineno)
print(list(g))
print(len(keep), len({id(e.__traceback__.tb_frame) for e in keep}))

def bad_gen():
    yield 1
    raise KeyError("g")
try:
    list(bad_gen())
except KeyError:
    traceback.print_exc(file=sys.stdout)

def chain():
    try:
        {}["a"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    chain()
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exc(limit=1))
    print(traceback.format_exc(chain=False))

class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit sees tb:", a[2] is not None, type(a[2]).__name__)
        return True
with Ctx():
    1/0

def rec(n):
    if n == 0:
        raise ValueError("bottom")
    rec(n - 1)
try:
    rec(30)
except ValueError:
    traceback.print_exc(file=sys.stdout)
lst = traceback.extract_stack()
print(len(lst), lst[-1].name, lst[-1].lineno)
def inner_stack():
    return traceback.format_stack()
print("".join(inner_stack()))
traceback.print_stack(file=sys.stdout)
