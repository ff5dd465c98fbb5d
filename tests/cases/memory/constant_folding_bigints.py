# CPython 3.11's compiler folds constant expressions, big ints included (products,
# powers and shifts up to 128 bits), bottom-up through unary operators, and builds
# a list display of more than two constants from one folded tuple: getrefcount
# shows whichever constants exist.
import sys

cases = {}
x = 10**20
cases["10**20"] = sys.getrefcount(x)
x = 2**100  # 2 bits * 100 > 128: left to run time
cases["2**100"] = sys.getrefcount(x)
x = 1 << 127
cases["1 << 127"] = sys.getrefcount(x)
x = 1 << 128
cases["1 << 128"] = sys.getrefcount(x)
x = 99999999999 * 99999999999
cases["99999999999 * 99999999999"] = sys.getrefcount(x)
x = 2**63 + 1
cases["2**63 + 1"] = sys.getrefcount(x)
x = -(2**63)
cases["-(2**63)"] = sys.getrefcount(x)
x = -(1000 + 2000)
cases["-(1000 + 2000)"] = sys.getrefcount(x)
x = ~(2**70)
cases["~(2**70)"] = sys.getrefcount(x)
x = (2**70) // 3
cases["(2**70) // 3"] = sys.getrefcount(x)
x = (1 << 70) >> 3
cases["(1 << 70) >> 3"] = sys.getrefcount(x)
for k, v in cases.items():
    print(f"{k:28} {v}")

l = [1000, 1000, 2000]
print("[1000, 1000, 2000]:", sys.getrefcount(l[0]))
l = [3000, 4000]
print("[3000, 4000]:", sys.getrefcount(l[0]))
l = [5000, 6000, 7000]
y = 5000
print("[5000, 6000, 7000] and y = 5000:", sys.getrefcount(y), l[0] is y)
l = [-8000, 1 + 8999, 10]
print(l, sys.getrefcount(l[1]))


def f():
    big = [123457, 123457, 123457, 123457]
    return sys.getrefcount(big[0])


print("in a function:", f())
print(2**63, -(2**63), 2**64 - 1, -(2**64) // 3, 3**81, 7**45)
