# Keyword arguments to subclasses of builtins whose constructors take none:
# tuple/frozenset/map/filter/reversed refuse them in __new__ unless the subclass
# has its own __init__; list refuses them in __init__ unless the subclass has
# its own __new__; set refuses them in __init__ always (CPython 3.11's checks
# of tp_init / tp_new against the base's).
def show(label, make):
    try:
        u = make()
        print(label, type(u).__name__, sorted(u), getattr(u, "newarg", "-"))
    except TypeError as e:
        print(label, "TypeError:", e)


for base, args in ((list, ([1, 2],)), (tuple, ([1, 2],)), (set, ([1, 2],)),
                   (frozenset, ([1, 2],)), (map, (abs, [-1, 2])),
                   (filter, (None, [0, 1, 2])), (reversed, ((1, 2),))):
    class WithInit(base):
        def __init__(self, *a, newarg=None):
            self.newarg = newarg

    class WithNew(base):
        def __new__(cls, *a, newarg=None):
            self = super().__new__(cls, *a)
            self.newarg = newarg
            return self

    class Plain(base):
        pass

    name = base.__name__
    show(name + " init", lambda: WithInit(*args, newarg=3))
    show(name + " new", lambda: WithNew(*args, newarg=3))
    show(name + " plain", lambda: Plain(*args, newarg=3))
    show(name + " exact", lambda: base(*args, newarg=3))
