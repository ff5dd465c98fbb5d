# A number computed from a dying temporary gets new memory: CPython makes the
# result before it lets go of the operands, so ids alternate between two blocks
# (or three, when the temporary's block is reused too).
x = 3
ids = []
for i in range(6):
    v = x * 1000 + i
    ids.append(id(v))
print(len(set(ids)), ids[0] == ids[2], ids[1] == ids[3])
ids = []
for i in range(6):
    v = x * 0.5 + i
    ids.append(id(v))
print(len(set(ids)), ids[0] == ids[2], ids[1] == ids[3])
ids = []
for i in range(1000, 1006):
    ids.append(id(i))
print(len(set(ids)), ids[0] == ids[2])
a = 1000
i0 = id(a)
a += 1
print("a += 1 makes a new object:", id(a) != i0)
b = int("5000")
j = id(b)
b += 1
b = b + 1
print("then the freed one is reused:", id(b) == j)
# A freed int's memory is not on the float free list (which start-up left with
# floats on it).
n = 7 + 1000
k = id(n)
del n
f = x + 0.25
print("float after int:", id(f) == k)
