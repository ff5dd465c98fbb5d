# How a call with `*`/`**` arguments and a display build their tuple or list follows
# CPython's compiler: plain positional arguments before `**k` are one BUILD_TUPLE (no
# list first), more than two constants are one folded tuple constant, and a display of
# more than 30 items is built empty and grown item by item (so the list is
# over-allocated as appends leave it). The collector's count and sys.getsizeof see it.
import gc
import sys

a = 1


def count(*args, **kwargs):
    return gc.get_count()[0] - base


def sized(*args):
    return len(args)


gc.disable()
gc.collect()  # empties CPython's free lists: every object below counts
base = gc.get_count()[0]
print("two names:", count(a, a, **{}))
gc.collect()  # empties CPython's free lists: every object below counts
base = gc.get_count()[0]
print("three names:", count(a, a, a, **{}))
gc.collect()  # empties CPython's free lists: every object below counts
base = gc.get_count()[0]
print("three constants:", count(1, 2, 3, **{}))
gc.collect()  # empties CPython's free lists: every object below counts
base = gc.get_count()[0]
print("starred:", count(a, *[a], **{}))
gc.collect()  # empties CPython's free lists: every object below counts
base = gc.get_count()[0]
print("lone star:", count(*(a, a)))
gc.collect()  # empties CPython's free lists: every object below counts
base = gc.get_count()[0]
print("keywords after **:", count(a, **{"x": 1}, y=2))


class K:
    def method(self, *args, **kwargs):
        return gc.get_count()[0] - base


k = K()
gc.collect()  # empties CPython's free lists: every object below counts
base = gc.get_count()[0]
print("method, three constants:", k.method(1, 2, 3, **{}))

big_list = [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]
small_list = [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]
print("list displays:", len(big_list), sys.getsizeof(big_list), len(small_list), sys.getsizeof(small_list))
big_set = {a, a + 1, a + 2, a + 3, a + 4, a + 5, a + 6, a + 7, a + 8, a + 9, a + 10, a + 11, a + 12, a + 13, a + 14, a + 15, a + 16, a + 17, a + 18, a + 19, a + 20, a + 21, a + 22, a + 23, a + 24, a + 25, a + 26, a + 27, a + 28, a + 29, a + 30}
print("set display:", len(big_set), sys.getsizeof(big_set))
gc.collect()  # empties CPython's free lists: every object below counts
base = gc.get_count()[0]
big_tuple = (a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)
print("big tuple display:", gc.get_count()[0] - base, len(big_tuple), sys.getsizeof(big_tuple))
gc.collect()  # empties CPython's free lists: every object below counts
base = gc.get_count()[0]
print("big call:", sized(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, *()), gc.get_count()[0] - base)
t = (a, *[2, 3], a)
print("starred tuple:", t, sys.getsizeof(t))
gc.enable()
