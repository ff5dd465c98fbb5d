# Short strings are stored inside the object (up to 15 UTF-8 bytes): the boundary,
# multi-byte text, str(int) digits and split pieces must behave exactly as in CPython.
xs = ["k%d" % i for i in range(5)]
print(xs, "abcdefghijklmno", "abcdefghijklmnop", "é" * 7, "é" * 8, "😀" * 3, "😀" * 4)
d = {"a"*15: 1, "b"*16: 2}
print(d["a"*15], d["b"*16], "x".join(["1","2"]), "héllo"[1:3], len("😀"*4))
import sys
print(sys.getsizeof("a"*15), sys.getsizeof("é"*7), hash("abcdefghijklmno"))
for v in [0, 7, -7, 10, 99, 100, -100, 2**63-1, -2**63, 123456789012345, 10**20, -10**20]:
    print(str(v), f"{v}", len(str(v)))
print("a,b,,c".split(","), "a::b::c".split("::"), "x".split(","), "a,b,c".split(",", 1), "é,ü,ab".split(","), ",".split(","))
print("k1=v1;k2=v2".split(";"), "  a b  ".split(), "aXbXc".split("X", 0), "aXbXc".split("X", -1))
t = ",".join(str(i) for i in range(30))
print(t.split(",")[-3:], len(t.split(",")))
print("😀a😀bb😀".split("😀"), "😀a😀bb😀".split("a"))
