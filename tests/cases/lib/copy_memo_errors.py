# deepcopy's memo: shared references and cycles stay shared, the keep-alive
# list, copy.Error and the reduction-driven copy of cycles through instances.
import copy
import copyreg


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
root.me = root
r2 = copy.deepcopy(root)
print(r2 is not root, r2.me is r2, r2.children[0].parent is r2)
print(r2.children[0] is not kid)

shared = [1]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is not shared)

t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
print(t2[0][0] is t2, t2 is not t)

atom = (1, "a", None)
print(copy.deepcopy(atom) is atom)

memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, memo[id(memo)] == [x])
print(copy.deepcopy(x, memo) is y)

d = {}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2)

print(copy.Error is copy.error, issubclass(copy.Error, Exception))
print(hasattr(copy, "replace"))
print(sorted(copy.__all__))


class Weird:
    def __reduce_ex__(self, proto):
        return None


try:
    copy.copy(Weird())
except TypeError as e:
    print(type(e).__name__)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    print("dispatch_table reducer")
    return (Point, (p.x, p.y))


copyreg.pickle(Point, reduce_point)
pt = copy.deepcopy(Point(1, [2]))
print(pt.x, pt.y)
print(copy.copy(pt).y is pt.y)
del copyreg.dispatch_table[Point]


class Unreducible:
    __reduce_ex__ = None
    __reduce__ = None


try:
    copy.copy(Unreducible())
except copy.Error as e:
    print("Error:", e)
try:
    copy.deepcopy(Unreducible())
except copy.Error as e:
    print("Error:", e)

# Classes, functions and other immutable values are their own copy.
print(copy.copy(Node) is Node, copy.deepcopy(Node) is Node)
print(copy.deepcopy(len) is len, copy.deepcopy(reduce_point) is reduce_point)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is not s)
fs = frozenset([1])
print(copy.copy(fs) is fs)
print(copy.deepcopy(range(3)) == range(3))

# A bound method copies its receiver.
n = Node("m")
m = copy.deepcopy(n.__init__)
print(m.__self__ is not n, m.__func__ is Node.__init__)
