a = {1, 2, 3}; b = frozenset({1, 2}); c = {2.0, True}
print(a <= a, b < a, a > b, a >= b, b <= a, a == frozenset(a), a != b, b == {1, 2}, c == {1, 2})
print(a & b, b & a, c & {1, 2}, {1, 2} & c, a | b, b | a, a - b, b - a, a ^ b, type(b | a).__name__)
class K:
    def __init__(s, v): s.v = v
    def __hash__(s): return hash(s.v)
    def __eq__(s, o):
        print("eq", s.v, getattr(o, "v", o)); return isinstance(o, K) and s.v == o.v
x = {K(1), K(2)}; y = {K(1), K(2), K(3)}
print(x <= y, x < y, x == y)
class M:
    def __hash__(s): return 1
    def __eq__(s, o):
        big.clear(); return False
big = {M(), 5}
print({M()} <= big, big)
print(set() <= set(), set() < set(), {1} > set())
