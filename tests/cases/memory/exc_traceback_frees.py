# When a caught exception dies, its traceback lets go of the frames it passed
# through, and those frames of their locals: the finalizers run then, in CPython's
# order (the traceback's next entry before its frame; a frame's locals in order).
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def leaf(tag):
    a = Noisy(tag + ".leaf.a")
    b = Noisy(tag + ".leaf.b")
    raise KeyError(tag)


def mid(tag):
    m = Noisy(tag + ".mid")
    leaf(tag)


def top(tag):
    t = Noisy(tag + ".top")
    try:
        mid(tag)
    except KeyError as e:
        print("caught", e, "frames kept:", e.__traceback__.tb_next.tb_frame.f_code.co_name)
    print("handler over", tag)


for i in range(2):
    top("r%d" % i)
    print("returned", i)

# Kept past the handler: the frames die with the last reference to the exception.
saved = []


def keep(tag):
    try:
        mid(tag)
    except KeyError as e:
        saved.append(e)


keep("k")
print("kept", len(saved), sys.getrefcount(saved[0]))
frame = saved[0].__traceback__.tb_next.tb_frame
print(frame.f_code.co_name, sorted(frame.f_locals))
del frame
print("dropping")
saved.clear()
print("dropped")

# A frame object that outlives its exception (stored elsewhere) keeps its locals.
frames = []


def grab():
    x = Noisy("grab.x")
    try:
        raise ValueError
    except ValueError as e:
        frames.append(e.__traceback__.tb_frame)


grab()
print("after grab", frames[0].f_locals["x"].name)
frames.clear()
print("frames cleared")

# A traceback in a reference cycle (the exception refers to itself through a local).
def cyclic():
    try:
        raise ValueError("cyc")
    except ValueError as e:
        err = e
        n = Noisy("cyclic.n")
    return None


cyclic()
print("cyclic returned")
print("collected", gc.collect() > 0)
print("end")
