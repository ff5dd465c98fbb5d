# dict_keys and dict_items are set-like: | & - ^ with any iterable on either side,
# comparisons with sets and other views, isdisjoint. dict_values is not.
d = {1: "a", 2: "b", 3: "c"}
e = {2: "b", 3: "x", 4: "d"}
cases = [
    "d.keys() & {1}", "d.keys() | {9}", "d.keys() - {1}", "d.keys() ^ {1, 7}",
    "{1} & d.keys()", "{1, 5} | d.keys()", "{1, 5} - d.keys()", "{1, 5} ^ d.keys()",
    "[1] | d.keys()", "d.keys() | [5, 6]", "d.keys() & [3, 3, 9]", "(2, 7) & d.keys()",
    "d.keys() & e.keys()", "d.keys() - e.keys()", "d.keys() ^ e.keys()",
    "d.items() - {(1, 'a')}", "d.items() & {(2, 'b'), (3, 'z')}", "d.items() | {(9, 'q')}",
    "d.items() & e.items()", "d.items() ^ e.items()", "d.items() & {1, 2}",
    "d.keys() == {1, 2, 3}", "d.keys() != {1, 2, 3}", "d.keys() == [1, 2, 3]",
    "d.keys() <= {1, 2, 3, 4}", "d.keys() < {1, 2, 3}", "d.keys() > {1}",
    "d.keys() >= {1, 2, 3}", "{1, 2} < d.keys()", "{1, 2, 3, 4} > d.keys()",
    "d.keys() == e.keys()", "d.keys() == {1: 0, 2: 0, 3: 0}.keys()",
    "d.items() == {(1, 'a'), (2, 'b'), (3, 'c')}", "d.items() <= set(d.items())",
    "d.keys() == frozenset({1, 2, 3})",
    "d.keys().isdisjoint({5})", "d.keys().isdisjoint([5, 1])", "d.keys().isdisjoint(e.keys())",
    "d.items().isdisjoint({(1, 'a')})", "d.keys().isdisjoint(d.keys())", "{}.keys().isdisjoint({}.keys())",
    "d.values() & {1}", "d.keys() & 5", "d.keys() < [1, 2]",
]
for expr in cases:
    try:
        r = eval(expr)
        print(expr, "->", sorted(r, key=repr) if isinstance(r, set) else r)
    except TypeError as exc:
        print(expr, "!!", exc)
print(type(d.keys() & {1}).__name__, type(d.items() | set()).__name__)
