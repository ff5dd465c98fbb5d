# CPython hands a new object the memory most recently freed in its size class (or
# on its type's free list): id() repeats for objects of one kind, not across kinds.
class A:
    pass
class B:
    __slots__ = ("x",)
def same(make1, make2):
    a = make1()
    i = id(a)
    del a
    b = make2()
    return id(b) == i
x = 7
print(id(object()) == id(object()))
print(id([]) == id([]), id({}) == id({}))
print("list then dict", id([]) == id({}))
print("object then list", id(object()) == id([]))
print("list/list", same(lambda: [x], lambda: [x, x]))
print("dict/dict", same(lambda: {x: 1}, lambda: {}))
print("list/dict", same(lambda: [x], lambda: {x: 2}))
print("tuple2/tuple2", same(lambda: (x, 1), lambda: (x, 2)))
print("tuple2/tuple3", same(lambda: (x, 1), lambda: (x, 2, 3)))
print("A/A", same(A, A), "A/B", same(A, B), "B/B", same(B, B))
print("set/frozenset", same(lambda: {x}, lambda: frozenset([x])))
print("bytes/bytes", same(lambda: bytes([x]), lambda: bytes([x, x])))
print("int/int", same(lambda: x + 1000, lambda: x + 2000))
print("float/float", same(lambda: x + 0.5, lambda: x + 1.5))
print("float/int", same(lambda: x + 0.5, lambda: x + 1000))
print("range/range", same(lambda: range(x), lambda: range(x + 1)))
# The free slot of a tuple a call's arguments borrowed goes back on the list.
ids = []
for t in enumerate("abcd"):
    ids.append(id(t))
    print(t, end=" ")
print()
print(ids[0] == ids[2], ids[1] == ids[3], ids[0] != ids[1])
