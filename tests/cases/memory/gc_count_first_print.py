# The classic: a full collection, then print the counts. CPython's first print and
# first container repr make objects its emptied free lists no longer provide.
import gc
gc.collect()
print(gc.get_count())
a = []
print(gc.get_count())
gc.collect()
print(gc.get_count())
b = [[] for i in range(10)]
print(gc.get_count())
print(gc.get_count())
