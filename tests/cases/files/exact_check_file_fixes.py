# File-system paths where the exact heap check (issue 15) found leaked counts: an
# OSError's errno, and the counts file.writelines() got back from each write.
import gc
import sys


def delta(label, probe, action, times=3):
    action()  # a first run may fill caches
    gc.collect()
    before = sys.getrefcount(probe)
    for _ in [None] * times:
        action()
    gc.collect()
    print(label, sys.getrefcount(probe) - before)


def bad_open():
    try:
        open("no-such-dir/file.txt")
    except OSError as e:
        print(type(e).__name__, e.errno)


delta("OSError errno:", 2, bad_open)


def writelines():
    with open("lines.txt", "w") as f:
        f.writelines(["abcdefghijklmnopq\n"] * 4)


delta("writelines:", 18, writelines)
with open("lines.txt") as f:
    print(len(f.read()))
