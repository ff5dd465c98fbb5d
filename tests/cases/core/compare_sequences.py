# Tuples and lists of numbers and strings compare without running Python code;
# nested, mixed, NaN and huge-int cases must give CPython's answers.
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t < (1,), (1, nan) < (1, 2), (1, nan) != (1, 2))
print((1, 2) < (1, 2, 0), (1, 2.0) == (1, 2), [1, "a"] < [1, "b"], ("a", 1) > ("a",))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([[3, [1, 2]], [3, [1, 1]], [2, [9]]]))
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, (2 ** 63 - 1) < 9.3e18)
print(-(2 ** 63) < -9.2233720368547758e18, 9007199254740993 > 9007199254740992.0)
print([9007199254740993] > [9007199254740992.0], (1 << 62) == float(1 << 62))
print((1, (2, (3, (4, (5, (6, (7, (8, (9, (10,)))))))))) < (1, (2, (3, (4, (5, (6, (7, (8, (9, (11,)))))))))))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

    def __eq__(self, o):
        return self.v == o.v


print((1, K(1)) < (1, K(2)))
deep = ()
for i in range(100):
    deep = (deep, i)
print(deep == deep, deep < (deep, 0))
print(sorted([("b", 2), ("a", 3), ("b", 1)], key=lambda p: (p[1] % 2, p)))
