# Item reads and writes of arrays of every type code, with CPython's errors and
# conversions (the common int/float cases are stored natively).
from array import array

for tc, vals in [("b", [-128, 127]), ("B", [0, 255]), ("h", [-1, 2]), ("H", [65535, 0]),
                 ("i", [-5, 7]), ("I", [4294967295, 1]), ("l", [-2 ** 63, 2 ** 63 - 1]),
                 ("L", [2 ** 64 - 1, 0]), ("q", [3, -3]), ("Q", [2 ** 64 - 1, 5]),
                 ("f", [0.5, -1.25]), ("d", [1e300, -0.0]), ("u", ["a", "é"])]:
    a = array(tc, vals)
    a[0], a[-1] = a[-1], a[0]
    print(tc, a[0], a[1], a[-2], a)
    for bad in (2, -3):
        try:
            a[bad]
        except IndexError as e:
            print(" ", e)
        try:
            a[bad] = a[0]
        except IndexError as e:
            print(" ", e)
a = array("b", [0])
for v in (128, -129, 1.5, "x", True):
    try:
        a[0] = v
        print("stored", a[0])
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
d = array("d", [0.0] * 4)
d[1] = 3
d[2] = True
print(d, d[1.0] if False else d[1])
try:
    d["x"]
except TypeError as e:
    print(e)
try:
    d[5] = "not a float"
except (IndexError, TypeError) as e:
    print(type(e).__name__, e)
grid = [array("d", [0.0]) * 5 for _ in range(3)]
for r in range(3):
    for c in range(5):
        grid[r][c] = r * 10 + c + 0.5
print(sum(sum(row) for row in grid), grid[2][-1])
