# Every construct whose references the debug heap checker must account for, left
# alive in every state at the quiet points between the parts below (tests/exact_counts.rs
# runs the parts one by one and proves every count exact after each; a debug build also
# proves it at each gc.collect() here and at the end of the script).
import gc
import sys

# --- quiet point ---
# Generators in every state, and generator expressions.
def gen(n):
    try:
        for i in range(n):
            yield i * 1000
    finally:
        pass


def plain(n):
    for i in range(n):
        yield i + 1000.5


g_created = gen(3)
g_suspended_in_try = gen(3)
next(g_suspended_in_try)
g_plain = plain(3)
next(g_plain)
g_finished = gen(2)
print(list(g_finished))
g_closed = gen(4)
next(g_closed)
g_closed.close()
g_raised = gen(4)
next(g_raised)
try:
    g_raised.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown back:", e)
ge_created = (x * 2 for x in [1000, 2000, 3000])
ge_suspended = (x * 2 for x in range(1000, 1010))
print(next(ge_suspended), sum(x for x in range(5)))


def delegate():
    r = yield from gen(2)
    yield r


g_delegating = delegate()
print(next(g_delegating))
gc.collect()

# --- quiet point ---
# Closures, classes (statements, type(name, bases, ns), metaclasses), bound methods,
# super, properties, class and static methods.
def make_counter(start):
    count = [start]

    def inc(step=1):
        count[0] += step
        return count[0]

    return inc


counter = make_counter(100000)
print(counter(), counter(5))


class Base:
    limit = 123456

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v + self.limit

    @property
    def double(self):
        return self.v * 2

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def twice(x):
        return x * 2


class Derived(Base):
    def get(self):
        return super().get() + 1


class Meta(type):
    def __call__(cls, *a, **k):
        return super().__call__(*a, **k)


class WithMeta(metaclass=Meta):
    pass


Dynamic = type("Dynamic", (Base,), {"extra": 2.5, "tag": "dyn"})
obj = Derived.make(1000)
dyn = Dynamic(7)
meth = obj.get
sup = super(Derived, obj)
print(obj.get(), meth(), obj.double, Base.twice(21), dyn.get(), dyn.extra, sup.get())
print(type(WithMeta()).__name__, Dynamic.__mro__[1].__name__)
gc.collect()

# --- quiet point ---
# Exceptions with their tracebacks kept, chained, handled and re-raised.
def fails(n):
    return {}[n]


try:
    try:
        fails(987654)
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    kept = e
print(type(kept.__cause__).__name__, kept.__cause__.args)
try:
    fails(5)
except KeyError as e:
    kept_too = e


class Ctx:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append(exc[0].__name__ if exc[0] else "clean")
        return True


ctx = Ctx()
with ctx:
    pass
with ctx:
    raise KeyError(5000)
print(ctx.log)
gc.collect()

# --- quiet point ---
# Comprehensions, f-strings, star-args, iterators part-way through, numbers.
squares = [x * x for x in range(1000, 1010)]
table = {x: x / 3 for x in range(10)}
bag = {x % 7 for x in range(100)}
nested = [[y * 1000 for y in range(x)] for x in range(4)]
big = 2**100
flt = 1.5e300
text = f"{flt:.3g} {big:,} {squares[3]!r} {'x' * 3:>6}"
print(text)


def star(*args, **kw):
    return len(args), sorted(kw)


head, *rest = squares
print(star(*rest, **{"a": 1, "b": 2.5}), head)
it_list = iter(squares)
next(it_list)
it_dict = iter(table.items())
next(it_dict)
it_zip = zip(squares, "abc")
next(it_zip)
it_enum = enumerate(bag)
next(it_enum)
it_map = map(str, range(1000, 1005))
next(it_map)
it_range = iter(range(10**6, 10**6 + 5))
next(it_range)
print(next(it_list), next(it_range))
gc.collect()

# --- quiet point ---
# Code made and dropped at run time: its constants die with it.
ns = {}
exec("def made():\n    return (123454321, 'made constant', 9.75)\n", ns)
print(ns["made"]())
code = compile("x = 424242 * 2", "<s>", "exec")
exec(code, ns)
print(ns["x"])
del code
ns.clear()
lam = lambda q=777777: q + 1
print(lam(), lam.__code__.co_name)
print(sys.getrefcount(lam) >= 2)
gc.collect()
# --- quiet point ---
# sys.settrace / sys.setprofile: events' frames and arguments kept, and a trace
# function left set over the quiet point.
import sys

t_events = []
t_frames = []


def t_trace(frame, event, arg):
    t_events.append((event, arg[1] if event == 'exception' else arg))
    if event == 'call':
        t_frames.append(frame)
    return t_trace


def t_prof(frame, event, arg):
    t_events.append(('profile', event))


def t_work(n):
    try:
        raise KeyError(n)
    except KeyError:
        pass
    return [i for i in range(n)]


def t_gen():
    yield 1
    return 2


def t_calls_only(frame, event, arg):
    return None


# (Events of the frame that sets the functions start at its next call, in mempy:
# settrace first, so that CPython reports nothing before that call either.)
sys.settrace(t_trace)
sys.setprofile(t_prof)
t_work(2)
list(t_gen())
sys.settrace(None)
sys.setprofile(None)
print([e for e, _ in t_events])
print(len(t_frames), t_frames[0].f_code.co_name, sorted(t_frames[0].f_locals))
sys.settrace(t_calls_only)
