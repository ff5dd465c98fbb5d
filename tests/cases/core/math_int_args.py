# math's integer functions: __index__ arguments, huge comb/perm, lcm checks every
# argument, prod's start, hypot takes no keywords.
import math


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class IntSub(int):
    pass


print(math.gcd(I(120), I(84)), math.isqrt(I(1729)), math.lcm(I(4), 6))
print(math.perm(IntSub(5), IntSub(2)), math.comb(IntSub(5), I(2)), math.factorial(I(5)))
n = 2**1000
print(math.comb(n, n - 1) == n, math.comb(n, n - 2) == n * (n - 1) // 2, math.comb(n, n) == 1)
for f in (lambda: math.comb(n, n // 2), lambda: math.perm(n, n // 2),
          lambda: math.lcm(120, 0, 84.0), lambda: math.gcd(1.5),
          lambda: math.hypot(1, x=2), lambda: math.prod([], foo=2),
          lambda: math.isqrt(2.0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(math.lcm(0, 5), math.lcm(), math.prod([], start=5), math.prod([2, 3], start=2))
print(math.prod(['a'], start=3), math.prod([2.5], start=2))
