# Checks: the collector starts about where CPython's start-up leaves it (gc.get_count() on
# the first line: CPython's also counts what compiling this script allocated), importing
# modules CPython's start-up already loaded counts nothing, so the first automatic
# collection (which finalizes unreachable cycles) comes at about CPython's moment:
# within the loop below (CPython's count at the first line also holds what compiling
# this script allocated, about 30 more than a one-line script's, which mempy does not
# model; an exact list from CPython's free list is not counted, so the first 40
# `[i]` count nothing).
import gc
c = gc.get_count()
print(c[1:], 240 <= c[0] <= 300)
import sys, re, collections, functools, types, typing
c = gc.get_count()
print(c[1:], 240 <= c[0] <= 300)


class Cycle:
    def __init__(self, i):
        self.i = i
        self.me = self

    def __del__(self):
        print("finalized", self.i)


keep = []
for i in range(500):
    keep.append([i])
    if i % 100 == 0:
        Cycle(i)
        print("made", i)
print("end of loop")
