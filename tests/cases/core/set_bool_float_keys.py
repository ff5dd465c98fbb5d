# True, 1 and 1.0 are one key in sets and dicts alike (equal values, equal hashes):
# the first one inserted stays.
print({1.0, True, 2}, {True, 1.0}, {1, True, 1.0}, {0.0, False, 0})
print({1.0: "a", True: "b"}, {False: 0, 0.0: 1})
s = {True}
print(1.0 in s, 0.0 in s, s | {1.0}, s - {1.0}, {2.0, True} & {1, 2})
print(frozenset([1.0, True]) == frozenset([1]), len(set([True, 1.0, 1, 2.0, 2])))
