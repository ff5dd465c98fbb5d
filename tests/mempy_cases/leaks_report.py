# mempy-args: --leaks
# mempy --leaks: at exit, what the program allocated and left alive, by allocation line
# and type, with one why chain per group (on stderr). Known answers: 30 lists on line
# 15 held by the global dict `cache` (line 11), with their 30 str keys; a 2-object cycle
# of Node objects from line 24, garbage kept only because gc is disabled; the list
# `log` (line 32) and its 5 strs (line 34) held by a global. The temporary lists of
# line 34 were freed, and the definitions (functions, the class) are not leaks.
import gc


cache = {}


def remember(i):
    cache["k%d" % i] = [i] * 3


class Node:
    def __init__(self):
        self.other = None


def make_cycle():
    a, b = Node(), Node()
    a.other, b.other = b, a


gc.disable()
for i in range(30):
    remember(i)
make_cycle()
log = []
for i in range(5):
    log.append(str([i, i]))
print("done")
