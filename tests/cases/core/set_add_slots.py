# Set comprehensions and SET_ADD reuse a deleted slot on the way and resize as
# CPython's set_add_entry: the iteration order and sizes show where keys went.
import sys

s = {i * 8 for i in range(5)}
print(list(s), sys.getsizeof(s))
s.discard(8)
s.discard(16)
t = {x for x in [40, 48, 8, 16, 0, 40]}
print(list(t), sys.getsizeof(t))
grid = [0, 3, 0, 5, 3, 9, 1, 0, 7, 5]
peers = [1, 2, 3, 4, 5, 6, 7, 8, 9]
print(sorted({grid[p] for p in peers}), set(range(1, 10)) - {grid[p] for p in peers})
big = {i * 37 % 101 for i in range(200)}
print(len(big), sys.getsizeof(big), list(big)[:10])
words = {w for w in 'the cat and the hat and a bat'.split()}
print(len(words), sorted(words))
mixed = {x for x in (1, 1.0, True, 2, 2.0, 'a', 'a', (1, 2), (1, 2))}
print(len(mixed), sorted(map(repr, mixed)))

class H:
    calls = 0
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 7
    def __eq__(self, other):
        H.calls += 1
        return isinstance(other, H) and self.k == other.k
hs = {H(i % 3) for i in range(6)}
print(len(hs), H.calls)
