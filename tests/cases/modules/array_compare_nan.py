# Arrays of floats compare item by item even when their bytes are equal: a NaN is
# unequal to itself, so an array holding one is unequal to itself.
from array import array
n = float("nan")
a = array("f", [n]); b = array("d", [1.0, n])
print(a == a, a != a, a < a, a <= a, a > a, a >= a)
print(b == b, b != b, b < b, b <= b, b > b, b >= b)
c = array("d", [n, 1.0]); 
print(c == c, c < c, array("d",[1.0]) == array("f",[1.0]))
print(array("i",[1,2]) == array("i",[1,2]), array("i",[1,2]) < array("i",[1,3]), array("i", [1]) <= array("i",[1]))
print(array("i") == array("d"), array("b", [1, 2]) < array("d", [1, 2.5]))
print(array("u","ab") == array("u","ab"), array("u","ab") < array("u","b"))
