x=5; y=-x; print(y, -(-9223372036854775807-1), -2.5, -0.0, -(0), [-i for i in range(-3,3)])
import sys; a=1000; b=-a; print(sys.getrefcount(b), -True, -(2**70), -float("nan"), -float("inf"))
class N:
    def __neg__(self): return "neg"
print(-N())
try: -"s"
except TypeError as e: print(e)
