# mempy-args: --memprofile
# A list growing in a loop. Known answers (sys.getsizeof bytes): line 14 makes the 100
# five-character strs (49 + 5 = 54 bytes each: 5400 bytes, 100 objects, nothing freed);
# line 12 makes the list, whose growth to 100 items counts on the line that made it
# (920 bytes: 56 + 8 * 108 slots, as CPython's over-allocation); line 13 makes the
# range and its iterator (48 bytes each: the range is freed there, the iterator when
# the loop ends, in the fast path, which counts on line 14); line 20 drops the list with its
# strs (6320 bytes freed there); nothing the loop made is alive at exit.
# (No `import sys`: mempy builds the sys module on its first import, which would
# count on that line.)
def build(n):
    out = []
    for i in range(n):
        out.append("%05d" % i)
    return out


data = build(100)
print(len(data), data[-1])
del data
