# list.sort/sorted on fewer than 64 items make CPython's comparisons in CPython's order
# (timsort's count_run + binarysort): __lt__ call logs, mixed-type TypeErrors naming the
# same pair, and the partial order a failed sort leaves.

seed = [12345]
def rnd(a, b):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return a + seed[0] % (b - a + 1)
log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return "K(%r)" % self.v
for n in (0, 1, 2, 3, 5, 8, 13, 40, 63, 64, 100):
    for trial in range(3):
        vals = [rnd(0, 20) for _ in range(n)]
        log.clear()
        ks = [K(v) for v in vals]
        s = sorted(ks)
        if n < 64:
            print(n, [k.v for k in s], len(log), log[:6], hash(tuple(log)) % 1000)
        else:
            print(n, [k.v for k in s] == sorted(vals))
        log.clear()
        s = sorted(ks, reverse=True)
        print(" r", [k.v for k in s][:8], len(log) if n < 64 else "")
for data in ([3, "a", 1], [1, 2, "a"], ["a", 1], [5, 1.5, "x", 2], [1, 3, 2, None], [4, 3, 2, "a", 1], [1, 5, 3, 2.5, "q", 0]):
    l = list(data)
    try:
        l.sort()
    except TypeError as e:
        print(e, l)
    l = list(data)
    try:
        l.sort(reverse=True)
    except TypeError as e:
        print(e, l)
    try:
        print(sorted(data, key=lambda x: x))
    except TypeError as e:
        print(e)
