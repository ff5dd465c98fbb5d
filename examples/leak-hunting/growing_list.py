# A list growing in a loop: each batch is appended and never dropped. tracemalloc's
# snapshots (the CPython API) point at the line; mempy.diff groups the same objects by
# type. Run: mempy growing_list.py
import mempy
import tracemalloc

history = []


def handle(batch):
    history.append([x * 2 for x in batch])  # kept forever


tracemalloc.start()
before = tracemalloc.take_snapshot()
mark = mempy.snapshot()
for n in range(100):
    handle(range(n, n + 10))
after = tracemalloc.take_snapshot()
mine = [s for s in after.compare_to(before, "lineno") if s.traceback[0].filename == __file__]
for stat in mine[:3]:
    where = stat.traceback[0]
    print("%s:%d  %+d objects" % (where.filename.rsplit("/", 1)[-1], where.lineno, stat.count_diff))
mempy.diff(mark)
