# sys.call_tracing(func, args) calls func(*args) (args must be a tuple);
# sys._clear_type_cache() takes no arguments; _testinternalcapi reports the GC
# header size and the recursion depth CPython counts (Python frames plus active
# C-level guards such as repr()), which sys.setrecursionlimit checks against.
import sys
import _testinternalcapi as t

print(sys.call_tracing(max, (3, 9, 4)), sys.call_tracing(dict, ()))
for bad in [lambda: sys.call_tracing(type, 2), lambda: sys.call_tracing(type),
            lambda: sys._clear_type_cache(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(sys._clear_type_cache())
print(t.SIZEOF_PYGC_HEAD, t.get_config()['code_debug_ranges'])

base = t.get_recursion_depth()


def f():
    return t.get_recursion_depth()


def g():
    return [f() for _ in range(1)]


class R:
    def __repr__(self):
        return str(t.get_recursion_depth())


print(f() - base, g()[0] - base, int(repr(R())) - base)
depth = t.get_recursion_depth()
old = sys.getrecursionlimit()
sys.setrecursionlimit(depth + 2)
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(depth + 1)
except RecursionError as e:
    print('RecursionError', str(e).replace(str(depth + 1), 'N+1', 1).replace(str(depth + 1), 'N+1'))
print(sys.getrecursionlimit() == old)
