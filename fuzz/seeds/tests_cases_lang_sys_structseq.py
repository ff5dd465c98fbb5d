# Checks: sys struct sequences (version_info, float_info, int_info, hash_info): fields, indexing, comparison, repr.
import sys
vi = sys.version_info
print(vi[:3], vi.major, vi.minor, vi.releaselevel, vi >= (3, 8), vi < (4,), len(vi))
print(repr(vi).startswith("sys.version_info(major=3, minor=11"), type(vi).__name__)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.max_exp, fi.min_10_exp)
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.maxsize, sys.hexversion >> 16)
major, minor, *rest = vi
print(major, minor, rest[-2:])
