# Checks: if/elif/else chains, conditional expressions, nested conditions, pass, chained comparisons.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"
for n in [-3, 0, 4, 7]:
    print(n, classify(n))
x = 5
print("ternary", "big" if x > 3 else "small", "a" if x == 0 else "b" if x == 5 else "c")
if x:
    pass
print("chained", 1 < x < 10, 1 < x > 10, x == 5 == 5.0)
if not []:
    print("empty list is falsy")
if x > 0 and (x < 3 or x > 4):
    print("compound condition")
