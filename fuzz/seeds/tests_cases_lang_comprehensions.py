# Checks: list/dict/set comprehensions, nested loops and conditions, scoping of the loop variable.
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 3 == 0])
print([(a, b) for a in range(3) for b in range(a)])
print([[i * j for j in range(3)] for i in range(3)])
print({k: len(k) for k in ["a", "bb", "ccc"]})
print(sorted({x % 3 for x in range(10)}))
print([y if y > 2 else -y for y in range(5)])
x = "outer"
print([x for x in range(3)], "x still", x)
words = "the quick brown fox".split()
print({w[0]: w for w in words})
print([c.upper() for w in words for c in w if c in "aeiou"])
m = [[1, 2], [3, 4]]
print("transpose", [list(r) for r in zip(*m)], "flatten", [v for r in m for v in r])
