# An iterator over a __getitem__ sequence that has reached its end stays exhausted,
# even if the sequence grows afterwards.
class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if 0 <= i < self.n:
            return i
        raise IndexError


a = Seq(5)
exhausted = iter(a)
partial = iter(a)
for x in exhausted:
    next(partial)
a.n = 7
print(list(exhausted), list(partial), list(a))
b = Seq(2)
it = iter(b)
print(list(it))
b.n = 4
print(list(it), next(it, 'done'))
