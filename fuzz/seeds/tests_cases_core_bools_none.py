# Checks: bool/None semantics, truthiness of builtin values, and/or short-circuit values, is.
print(True, False, None, repr(None))
print("type", type(True).__name__, type(None).__name__)
for v in [0, 1, -1, 0.0, "", "a", [], [0], (), {}, {0: 0}, set(), None, range(0), range(2)]:
    print("truth", repr(v), bool(v))
print("and/or", 0 or "x", "" and 1, 3 and 4, None or 0, [] or {} or "last")
print("not", not 0, not [1], not None)
print("is", None is None, True is True, (1 == 1) is True)
print("bool is int", isinstance(True, int), True == 1, False == 0)
print("str", str(True), str(None), int(False))
