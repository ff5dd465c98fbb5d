print("a starts")
import _circ_b
A_VALUE = "a" + _circ_b.B_VALUE
print("a ends")
