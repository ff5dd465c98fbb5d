# Instruction pairs the VM fuses (local/const loads feeding an operator or a
# compare-and-branch): every type mix must behave exactly as unfused code.
def sub1(n):
    return n - 1


def lt2(n):
    return n if n < 2 else -n


def mix(a, b):
    r = a + b
    if a < b:
        r = r * 2
    return r, a == b, a != b, a >= b


for x in [0, 1, 2, -5, 2**62, 2**63 - 1, -(2**63), 1.5, float("nan"), True, 10**20]:
    print(sub1(x), lt2(x))
for a, b in [(1, 2), (2, 1), (3, 3), (1.0, 2), (2**63 - 1, 1), ("a", "b"), ([1], [2]), (1.5, 1.5), (float("inf"), 1.0)]:
    print(mix(a, b))


def loop(n):
    t = 0
    i = 0
    while i < n:
        t += i % 7
        i = i + 1
    return t


print(loop(1000), loop(0))


def big(k):
    return k * 3 // 2, k % 3, k - 10, k < 10


print(big(2**62), big(-7), big(7.5))
try:
    sub1("x")
except TypeError as e:
    print("TypeError:", e)
try:
    lt2(None)
except TypeError as e:
    print("TypeError:", e)
