# mempy-args: --memprofile
# A closure holding a list. Known answers: line 11 makes the list the closure keeps
# (it grows to 20 items: 56 + 8 * 24 slots = 248 bytes, counted on line 11); line 12
# makes the function object `count` and its closure; the cell for `seen` is made as
# make_counter's frame starts, before its first line: it counts on the calling line
# 18 (40 bytes); line 20 makes the 20 three-character strs the list keeps (52 bytes
# each, alive at exit: allocated = net = 1040); line 13 appends and allocates nothing.


def make_counter():
    seen = []
    def count(x):
        seen.append(x)
        return len(seen)
    return count


counter = make_counter()
for i in range(20):
    counter(str(i + 100))
