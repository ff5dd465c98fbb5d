# Builtin methods called on the wrong receiver: CPython's descriptor errors, never a
# crash.

cases = [
    lambda: list.append(5, 1),
    lambda: list.__len__(5),
    lambda: list.append(),
    lambda: dict.__setitem__([], 1, 2),
    lambda: dict.get("x", 1),
    lambda: str.upper(3),
    lambda: str.join(1, []),
    lambda: BaseException.__init__(5),
    lambda: int.bit_length("x"),
    lambda: list.__init__(5),
    lambda: set.add([], 1),
    lambda: tuple.count([1], 1),
    lambda: frozenset.union({1}, {2}),
    lambda: float.is_integer(1),
    lambda: list.__getitem__((1, 2), 0),
    lambda: str.__add__(1, "a"),
]
for f in cases:
    try:
        print("ok", f())
    except TypeError as e:
        print("TypeError:", e)


class L(list):
    pass


class S(str):
    pass


# Receivers of a subclass are accepted and run on the builtin value.
m = L([3, 1])
list.append(m, 2)
list.sort(m)
print(m, list.__len__(m), str.upper(S("ab")), S("x").join(["a", "b"]), int.bit_length(True))
print(dict.fromkeys("ab"), sorted(dict.__iter__({"b": 1, "a": 2})), list.__getitem__(m, 0))
bound = m.append
bound(9)
print(m, bound.__self__ is m if hasattr(bound, "__self__") else True)
