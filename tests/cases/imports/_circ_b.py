print("b starts")
import _circ_a
print("b sees a partially:", hasattr(_circ_a, "A_VALUE"))
B_VALUE = "b"
def late():
    return _circ_a.A_VALUE
print("b ends")
