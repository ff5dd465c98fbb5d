# Checks: dict and set resize points: sys.getsizeof as keys are inserted one by one (int and str keys), and after deletion.
import sys
d = {}
last = sys.getsizeof(d)
print("dict empty", last)
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print("dict len", len(d), "size", s)
        last = s
for i in range(90):
    del d[i]
print("dict after deletes", len(d), sys.getsizeof(d))
ds = {}
last = sys.getsizeof(ds)
for i in range(40):
    ds["k" + str(i)] = None
    s = sys.getsizeof(ds)
    if s != last:
        print("str-key dict len", len(ds), "size", s)
        last = s
st = set()
last = sys.getsizeof(st)
print("set empty", last)
for i in range(100):
    st.add(i)
    s = sys.getsizeof(st)
    if s != last:
        print("set len", len(st), "size", s)
        last = s
