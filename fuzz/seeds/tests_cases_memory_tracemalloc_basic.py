# Checks: tracemalloc start/stop/is_tracing/get_traced_memory/reset_peak/clear_traces (relations only: byte counts are implementation-specific); sys.getallocatedblocks grows with live objects.
import sys
import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
blocks0 = sys.getallocatedblocks()
cur0, peak0 = tracemalloc.get_traced_memory()
data = [[i, str(i)] for i in range(2000)]
cur1, peak1 = tracemalloc.get_traced_memory()
print("grew", cur1 > cur0 + 2000 * 56, peak1 >= cur1, sys.getallocatedblocks() - blocks0 >= 2000)
del data
cur2, peak2 = tracemalloc.get_traced_memory()
print("freed", cur2 < cur1 // 10, peak2 >= cur1)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print("reset_peak", peak3 < peak2, peak3 >= cur3)
tracemalloc.clear_traces()
print("cleared", tracemalloc.get_traced_memory())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError", e)
