# Checks: repr/str/print/==/< of 100,000-deep nested lists, tuples and dicts raise RecursionError like CPython; hashing a deep tuple works; freeing them works.
def nest(n, mk):
    v = []
    for _ in range(n):
        v = mk(v)
    return v
a, a2 = nest(100000, lambda v: [v]), nest(100000, lambda v: [v])
for name, fn in [("repr", repr), ("str", str), ("eq", lambda x: x == a2), ("lt", lambda x: x < a2),
                 ("print", print), ("in", lambda x: a2 in [x]), ("f-string", lambda x: f"{x}")]:
    try:
        fn(a)
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError", e)
t = ()
t2 = ()
for _ in range(100000):
    t = (t, 1)
    t2 = (t2, 1)
for name, fn in [("tuple repr", repr), ("tuple hash", lambda x: hash(x) == hash(t2)), ("tuple eq", lambda x: x == t2)]:
    try:
        print(name, fn(t) and "ok")
    except RecursionError as e:
        print(name, "RecursionError", e)
d, d2 = nest(100000, lambda v: {"k": v}), nest(100000, lambda v: {"k": v})
for name, fn in [("dict repr", repr), ("dict eq", lambda x: x == d2)]:
    try:
        fn(d)
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError", e)
del a, a2, t, t2, d, d2
print("freed")
