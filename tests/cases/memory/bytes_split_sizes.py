# sys.getsizeof of the lists bytes/bytearray split and rsplit return (stringlib's
# preallocation of min(maxsplit + 1, 12) slots, appends beyond).
import sys
f = lambda l: (sys.getsizeof(l) - 56) // 8
for d in (b"", b"a", b"a,b", b",".join([b"x"] * 20), bytearray(b"a,b,c")):
    print(f(d.split()), f(d.split(b",")), [f(d.split(b",", m)) for m in (0, 1, 11, 12)], f(d.rsplit(b",")), f(d.split(b",,")), d.split(b",")[:3])
