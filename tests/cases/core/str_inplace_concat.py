# `s += t` on a local string that nothing else references grows it in place (as
# CPython 3.11 does); every observable result stays a fresh string's: values,
# lengths, sizes, hashes, other names bound to the old value, dict keys.
import sys


def build():
    s = 'ab'
    s += 'cd'
    print(s, sys.getsizeof(s), len(s), hash(s) == hash('abcd'))
    t = s
    s += 'e'
    print(s, t, s is t, sys.getrefcount(t))
    for i in range(20):
        s += 'é€'[i % 2]
    print(s, len(s), sys.getsizeof(s), s == 'abcde' + 'é€' * 10)
    print(hash(s) == hash('abcde' + 'é€' * 10))
    d = {}
    k = 'key' + str(1)
    d[k] = 1
    k += 'z'
    print(d, k)
    w = chr(65)
    w += 'b'
    print(w, chr(65))
    a = 'q' * 20
    hash(a)
    a += 'r'
    print(a, hash(a) == hash('q' * 20 + 'r'))
    n = ''
    for i in range(100000):
        n += 'xy'
    print(len(n), sys.getsizeof(n), sys.getrefcount(n))


build()
# Concatenation with an empty side gives the other operand itself.
s = 'abc' * 2
print((s + '') is s, ('' + s) is s)
t = (1, 2)
print((t + ()) is t, (() + t) is t)
print([1] + [] == [1])
