# Checks: recursion through native code counts like CPython 3.11 (depth reached and message suffix) for repr/hash/==/calls/__getattr__.
import sys
d = 0
def f(n):
    global d
    d = n
    f(n + 1)
try:
    f(1)
except RecursionError as e:
    print("plain", d, e)
class A:
    def __repr__(self):
        global d
        d += 1
        return repr(self)
class B:
    def __eq__(self, o):
        global d
        d += 1
        return self == o
class K:
    def __call__(self):
        global d
        d += 1
        return self()
class G:
    def __getattr__(self, name):
        global d
        d += 1
        return self.x
class H:
    def __hash__(self):
        global d
        d += 1
        return hash(self)
class L:
    def __lt__(self, o):
        global d
        d += 1
        return self < o
class S:
    def __str__(self):
        global d
        d += 1
        return str(self)
cases = [("repr", lambda: repr(A())), ("eq", lambda: B() == 1), ("in", lambda: B() in [1]),
         ("call", lambda: K()()), ("getattr", lambda: G().y), ("hash", lambda: {H(): 1}),
         ("lt", lambda: L() < L())]
for name, fn in cases:
    d = 0
    try:
        fn()
    except RecursionError as e:
        print(name, d, e)
# Where the limit is hit depends on CPython's call-site specialization warm-up here
# (mempy models the specialized steady state), so only the exception type is shown.
for name, fn in [("sorted-lt", lambda: sorted([L(), L()])), ("str", lambda: str(S())), ("print", lambda: print(S()))]:
    try:
        fn()
    except RecursionError as e:
        print(name, type(e).__name__)
print("after", sys.getrecursionlimit(), f.__name__)
