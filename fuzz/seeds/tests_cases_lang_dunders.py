# Checks: __repr__/__str__, __eq__/__lt__/__hash__, __len__/__getitem__/__setitem__/__contains__, __add__/__radd__, __call__, __bool__, __iter__.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"Vec({', '.join(map(repr, self.xs))})"
    def __str__(self):
        return "<" + " ".join(map(str, self.xs)) + ">"
    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs
    def __hash__(self):
        return hash(tuple(self.xs))
    def __lt__(self, o):
        return self.xs < o.xs
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __contains__(self, v):
        return v in self.xs
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __radd__(self, o):
        return self if o == 0 else NotImplemented
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __neg__(self):
        return self * -1
    def __call__(self, i):
        return self.xs[i] * 100
    def __bool__(self):
        return any(self.xs)
v, w = Vec(1, 2), Vec(3, 4)
print(repr(v), str(v), v, [v], f"{v} {v!r}")
print("eq", v == Vec(1, 2), v != w, v == 5, "lt", v < w, sorted([w, v]))
print("len/getitem", len(v), v[0], v[-1], 2 in v, 9 in v)
v[0] = 10
print("setitem", v, "iter via getitem", list(v))
print("add", v + w, "sum", sum([v, w]), "mul", w * 2, "neg", -w)
print("call", w(1), "bool", bool(Vec(0, 0)), bool(w))
print("hash", hash(Vec(1)) == hash(Vec(1)), len({Vec(1), Vec(1), Vec(2)}))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print("iter protocol", list(Countdown(3)), [x for x in Countdown(2)])
