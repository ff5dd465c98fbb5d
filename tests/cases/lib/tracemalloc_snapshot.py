# The tracemalloc snapshot API as CPython's tutorials use it: take_snapshot,
# statistics('lineno' | 'traceback' | 'filename'), compare_to, Statistic and
# StatisticDiff text, get_object_traceback, Filter. Sizes differ by design (mempy traces
# objects with their sys.getsizeof sizes, CPython traces malloc blocks), so this prints
# what both agree on: which lines allocated, counts as lower bounds, the text forms'
# shape, and exact sizes only from _format_size.
import tracemalloc


class Item:
    def __init__(self, n):
        self.n = n


def make_items(n):
    return [Item(i) for i in range(n)]  # line 16


def make_text(n):
    return ["-" * (i + 200) for i in range(n)]  # line 20


def here(stat):
    return stat.traceback[0].filename == __file__


tracemalloc.start()
before = tracemalloc.take_snapshot()
items = make_items(100)
text = make_text(50)
after = tracemalloc.take_snapshot()

stats = [s for s in after.statistics("lineno") if here(s)]
by_line = {s.traceback[0].lineno: s for s in stats}
print("lines:", sorted(by_line))
print("items counted:", by_line[16].count >= 100)
print("text counted:", by_line[20].count >= 50, by_line[20].size > 50 * 200)
print("sorted by size:", stats == sorted(stats, key=lambda s: (s.size, s.count), reverse=True))
print("types:", type(stats[0]).__name__, type(stats[0].traceback).__name__)

# str(Statistic): "FILE:LINE: size=S, count=N, average=A"
where, rest = str(by_line[20]).split(": ", 1)
print(where == __file__ + ":20", [p.split("=")[0] for p in rest.split(", ")])
print(str(by_line[20].traceback) == __file__ + ":20")

diffs = [d for d in after.compare_to(before, "lineno") if here(d)]
print("diff lines:", sorted(d.traceback[0].lineno for d in diffs))
d20 = [d for d in diffs if d.traceback[0].lineno == 20][0]
print("new:", d20.count_diff == d20.count, d20.size_diff == d20.size)
where, rest = str(d20).split(": ", 1)
print([p.split("=")[0] for p in rest.split(", ")], "(+" in rest)
print(type(d20).__name__)

# One frame per traceback by default; the object's allocation line. (Instances are
# not asked about: CPython 3.11 cannot find its own traces of objects with inline
# attribute values.)
tb = tracemalloc.get_object_traceback(text[0])
print(len(tb), tb[0].lineno, tb[0].filename == __file__)
print(tracemalloc.get_object_traceback(Item) is None)

# Filters keep or drop traces by file name.
mine = after.filter_traces([tracemalloc.Filter(True, __file__)])
print(all(t.traceback[0].filename == __file__ for t in mine.traces))
others = after.filter_traces([tracemalloc.Filter(False, __file__)])
print(len(mine.traces) + len(others.traces) == len(after.traces))
print(mine.statistics("filename")[0].traceback[0].lineno)

# Deeper tracebacks: start(5) records the calling frames too (oldest first).
tracemalloc.stop()
tracemalloc.start(5)
deep = make_text(3)
tb = tracemalloc.get_object_traceback(deep[0])
print([f.lineno for f in tb], tracemalloc.get_traceback_limit())
snap = tracemalloc.take_snapshot()
for s in snap.statistics("traceback"):
    if here(s) and s.traceback[-1].lineno == 20:
        print([f.lineno for f in s.traceback])
tracemalloc.stop()

try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(e)
try:
    after.statistics("bogus")
except ValueError as e:
    print(e)
try:
    after.statistics("traceback", cumulative=True)
except ValueError as e:
    print(e)
for n in (0, 99, 100, 1023, 10239, 10240, 123456, 5 * 1024 ** 3):
    print(tracemalloc._format_size(n, False), tracemalloc._format_size(-n, True))
