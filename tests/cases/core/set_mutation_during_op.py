# Set operations whose keys' __eq__ clears one of the sets mid-walk: the walk
# follows the live table (CPython's set_next), each key is held while compared,
# and a lookup whose table changed under it starts over, so nothing freed is
# touched. Checks the results, lengths and when the keys' finalizers run.
class K:
    def __init__(self, name, victim):
        self.name = name
        self.victim = victim
    def __hash__(self):
        return 7
    def __eq__(self, other):
        box = self.victim
        if box:
            s = box.pop()
            print(f"  {self.name}.__eq__ clears a set of {len(s)}")
            s.clear()
        return False
    def __del__(self):
        print(f"  del {self.name}")
    def __repr__(self):
        return self.name


def run(label, op):
    box = []
    a = {K("a1", box), K("a2", box), K("a3", box)}
    b = {K("b1", box), K("b2", box)}
    print(label)
    box.append(a)
    try:
        r = op(a, b)
    except RuntimeError as e:
        r = f"RuntimeError: {e}"
    print("  a:", len(a), "b:", len(b), "result:", sorted(map(repr, r)) if isinstance(r, (set, frozenset)) else r)
    box.clear()
    del r, a, b
    print("  end")


run("a & b", lambda a, b: a & b)
run("b & a", lambda a, b: b & a)
run("a - b", lambda a, b: a - b)
run("a ^ b", lambda a, b: a ^ b)
run("b |= a", lambda a, b: b.__ior__(a))
run("b.update(a)", lambda a, b: (b.update(a), b)[1])
run("b -= a", lambda a, b: b.__isub__(a))
run("b ^= a", lambda a, b: b.__ixor__(a))
run("a <= b", lambda a, b: a <= b)
run("a in b", lambda a, b: next(iter(a)) in b)
