# for-loops over reversed(list) and reversed(tuple): items, a list that shrinks or
# grows while walked, subclasses, the iterator's end and the references it holds.
import sys

print([x for x in reversed([1, 2, 3])], [x for x in reversed((4, 5, 6))], list(reversed([])))
l = list(range(10))
out = []
for x in reversed(l):
    out.append(x)
    if x == 7:
        del l[5:]
print(out)
l = [1, 2, 3]
out = []
for x in reversed(l):
    out.append(x)
    if len(l) < 6:
        l.append(9)
print(out, l)


class L(list):
    def __getitem__(self, i):
        return "item%d" % i


print([x for x in reversed(L([1, 2]))])
big = 10**7
lst = [big, big]
it = reversed(lst)
print(sys.getrefcount(lst))
for x in it:
    pass
print(sys.getrefcount(lst), sys.getrefcount(big), next(it, "done"), it.__length_hint__())
