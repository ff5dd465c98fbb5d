# Items of bytes and bytearray given as objects with __index__ (CPython's
# PyNumber_AsSsize_t): construction, append, extend, insert, remove, item
# assignment, 'in'; the range and __index__ result errors.
class I:
    def __init__(s, v): s.v = v
    def __index__(s): return s.v
b = bytearray(b'xe'); b.append(I(65)); b.extend([I(66)]); b.insert(0, I(67)); b.remove(I(ord('e')))
print(b, bytes([I(66), 1]), bytearray([I(254)]), I(65) in b, b.count(I(65)) if False else '')
b[0] = I(70); print(b)
for bad in (lambda: bytes([I(256)]), lambda: bytearray([I(-1)]), lambda: b.append(I(300))):
    try: bad()
    except ValueError as e: print(e)
class Bad:
    def __index__(s): return 'x'
try: bytes([Bad()])
except TypeError as e: print(e)
# An __index__ that empties the bytearray: the index is checked after it ran.
class Boom:
    def __index__(self):
        ba.clear()
        return 0
ba = bytearray(b'abc')
try:
    ba[0] = Boom()
except IndexError as e:
    print('IndexError', e, ba)
ba = bytearray(b'abc')
ba.insert(5, Boom())
print(ba)
