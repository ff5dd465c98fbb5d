# Checks: bisect: bisect_left/right, insort_left/right, lo/hi, key=, and CPython's argument errors.
import bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4, hi=6))
print(bisect.bisect_left(a, 2, hi=-1), bisect.bisect_left(a, 2, 0, -5), bisect.bisect_right(a, 9, hi=None))
print(bisect.bisect_left([], 1), bisect.bisect_right((1, 3, 5), 4), bisect.bisect_left("acegi", "d"))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5); bisect.insort_right(b, 0); bisect.insort_left(b, 10, 3)
print(b)
recs = [("ann", 21), ("bob", 25), ("cy", 25), ("dee", 30)]
age = lambda r: r[1]
print(bisect.bisect_left(recs, 25, key=age), bisect.bisect_right(recs, 25, key=age))
bisect.insort(recs, ("eve", 25), key=age); bisect.insort_left(recs, ("fay", 25), key=age)
print(recs)
words = ["apple", "Banana", "cherry"]
print(bisect.bisect(words, "B", key=str.lower), bisect.bisect_left(words, "c", key=str.lower))
# order is stable: insort_right puts equal keys after
pairs = []
for i, k in enumerate([3, 1, 3, 2, 1]):
    bisect.insort(pairs, (k, i), key=lambda p: p[0])
print(pairs)
print(bisect.bisect_left([1, 2, 3], 2, lo=True), bisect.bisect_left([], 2, key=3))
for call in ["bisect.bisect_left([1])", "bisect.bisect_left()", "bisect.bisect_left([1], 2, -1)",
             "bisect.insort([1], 2, -1)", "bisect.bisect_left(None, 2)", "bisect.bisect_left(5, 1)",
             "bisect.bisect_left([1], 2, 0, 5)", "bisect.bisect_left((1, 2), 2, 0, 10)",
             "bisect.bisect_left([1, 2], 2, 'a')", "bisect.bisect_left([1, 2, 3], 2, lo=None)",
             "bisect.bisect_left([1, 2, 3], 2, lo=1.0)", "bisect.bisect_left([1], 2, 1, 2, 3)",
             "bisect.bisect_left([1], 2, foo=1)", "bisect.bisect_left([1], 'a')",
             "bisect.insort((1, 2), 3)", "bisect.bisect_left([1], 2, key=3)",
             "bisect.bisect_left([1, 2], 2, 0, 2**70)"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "->", type(e).__name__, e)
print(sorted(n for n in dir(bisect) if not n.startswith("_")))
