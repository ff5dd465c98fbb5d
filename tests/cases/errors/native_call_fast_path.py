# Builtin calls on the dispatch loop's fast native path: results, errors raised by the
# native with the caller's traceback line and carets, subclass receivers on the general path.
l = [1]
def f():
    return l.index(5)
try:
    f()
except ValueError as e:
    print("caught", e)
class L(list): pass
m = L([3, 1, 2]); m.sort(); print(m)
print(len([1, 2]), abs(-3), "a,b".split(","), {}.get(1, 2))
f()
