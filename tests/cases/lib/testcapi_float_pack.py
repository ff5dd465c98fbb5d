# _testcapi.float_pack / float_unpack: PyFloat_Pack2/4/8 and PyFloat_Unpack2/4/8,
# and the C float limits.
import math
import _testcapi

for size in (2, 4, 8):
    for le in (0, 1):
        for x in (1.5, -0.0, 1 / 7, math.inf, -math.inf, 65504.0):
            data = _testcapi.float_pack(size, x, le)
            print(size, le, x, data, _testcapi.float_unpack(data, le))
        print(math.isnan(_testcapi.float_unpack(_testcapi.float_pack(size, math.nan, le), le)))

for size, x in ((2, 65520.0), (4, 1e39), (3, 1.0)):
    try:
        _testcapi.float_pack(size, x, 0)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    _testcapi.float_unpack(b'abc', 0)
except ValueError as e:
    print(e)

print(_testcapi.FLT_MAX, _testcapi.FLT_MIN, _testcapi.DBL_MAX, _testcapi.DBL_MIN)
