# timeit: Timer with string and callable statements, timeit/repeat/autorange, globals,
# setup, and the errors (timings themselves vary, so only their types and signs print).
import timeit

calls = []

def work():
    calls.append(1)

t = timeit.timeit(work, number=7)
print(type(t).__name__, t >= 0, len(calls))
calls.clear()
r = timeit.repeat(work, repeat=3, number=4)
print(type(r).__name__, len(r), all(x >= 0 for x in r), len(calls))

counter = [0]
t = timeit.timeit("counter[0] += 1", number=25, globals=globals())
print(counter, t >= 0)
t = timeit.timeit("acc.append(len(acc))", setup="acc = []\nacc.append(-1)", number=3,
                  globals={"print": print})
print(t >= 0)
box = {}
timeit.timeit("box['n'] = box.get('n', 0) + k", setup="k = 2", number=10,
              globals={"box": box})
print(box)
ns = {"log": []}
timeit.timeit("for i in range(3):\n    log.append(i)", number=2, globals=ns)
print(ns["log"])

def setup_fn():
    calls.append("setup")

calls.clear()
timer = timeit.Timer(work, setup=setup_fn)
print(timer.timeit(number=3) >= 0, calls)
calls.clear()
print(len(timer.repeat(repeat=2, number=2)), calls)

# a custom timer function makes the result predictable
ticks = iter(range(0, 1000, 10))
fake = lambda: next(ticks)
print(timeit.timeit("pass", timer=fake, number=5))
print(timeit.Timer("x = 1", timer=fake).repeat(repeat=3, number=1))

clock = [0.0]
def fake_clock():
    return clock[0]
def step():
    clock[0] += 0.01
seen = []
n, taken = timeit.Timer(step, timer=fake_clock).autorange(lambda n, t: seen.append(n))
print(n, round(taken, 6), seen)

print(timeit.default_number, timeit.default_repeat, timeit.default_timer is __import__("time").perf_counter if False else callable(timeit.default_timer))
print(timeit.Timer().timeit(number=10) >= 0)

for bad in [dict(stmt=5), dict(setup=5), dict(stmt=None)]:
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print("ValueError:", e)
for src in ["x = ", "return 5", "1 +* 2"]:
    try:
        timeit.Timer(src)
    except SyntaxError as e:
        print("SyntaxError:", e)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
try:
    timeit.timeit("1 / 0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
import gc
print(gc.isenabled())
