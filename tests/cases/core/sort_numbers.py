import random
random.seed(5)
a = [random.randint(-1000, 1000) for _ in range(5000)]
print(sorted(a)[:10], sorted(a, reverse=True)[:5])
f = [random.random() - 0.5 for _ in range(3000)] + [0.0, -0.0, 0.0, -0.0]
s = sorted(f)
print(s[:3], [repr(x) for x in s if x == 0])
r = sorted(f, reverse=True)
print([repr(x) for x in r if x == 0])
l = list(range(100, 0, -1)); l.sort(); print(l[:5])
print(sorted([3, 1, 2]), sorted([2**70, 5, -3]))
