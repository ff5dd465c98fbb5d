# Checks: sys.getsizeof of ints (0, small, around the 2**30 digit boundaries, negatives, big), floats, bools, None.
import sys
for label, v in [("0", 0), ("1", 1), ("-1", -1), ("255", 255), ("2**30-1", 2**30 - 1), ("2**30", 2**30),
                 ("-(2**30)", -(2**30)), ("2**60-1", 2**60 - 1), ("2**60", 2**60), ("2**90-1", 2**90 - 1),
                 ("2**90", 2**90), ("10**100", 10**100), ("-(10**100)", -(10**100))]:
    print("int", label, sys.getsizeof(v))
print("float", sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float("inf")))
print("bool", sys.getsizeof(True), sys.getsizeof(False))
print("None", sys.getsizeof(None))
print("int from arithmetic", sys.getsizeof(2**30 + 5 - 10), sys.getsizeof((2**30) * 2 // 2))
print("default arg", sys.getsizeof(12345, -1))
