# Cumulative statistics count every frame of a trace, a frame that recursion
# repeats once per occurrence (lineno and filename grouping alike).
import tracemalloc

keep = [None]


def rec(n):
    if n == 0:
        keep[0] = bytes(5000)
        return
    rec(n - 1)


tracemalloc.start(10)
rec(3)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__, lineno=10, all_frames=False)])
print(len(snap.traces))
for key in ("lineno", "filename"):
    print(key, [(s.traceback[0].lineno, s.count) for s in snap.statistics(key, cumulative=True)])
print([(s.traceback[0].lineno, s.count) for s in snap.statistics("lineno")])
