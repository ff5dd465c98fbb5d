# str.split pieces of one Latin-1 character are that character's shared string and
# empty pieces the empty string, as CPython's substrings are.
import sys

x = "a,b,c".split(",")
y = "c;b;a".split(";")
print(x, y, x[0] is y[2], x[1] is y[1])
e = "a,,b,".split(",")
empty, ab = "", "ab"
print(e, e[1] is e[3], e[1] is empty)
xe = "xé"
print("é,ü".split(",")[0] is xe[1], "ab,cd".split(",")[0] is ab)
print(" a  b ".split(), "1 2 3".rsplit(" ", 1), "k=v".partition("="))
words = "the cat and the hat".split()
print(words[0] is words[3], len(set(map(id, words))))
z = "q,q".split(",")
print(z[0] is z[1], sys.getrefcount(z[0]) > 2)
