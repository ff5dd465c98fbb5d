# callable() of the builtin objects that have a tp_call: weak references and (3.10+)
# staticmethod objects among them.
import weakref, operator, functools, itertools, collections
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
c = C()
def f(): pass
items = [("ref", weakref.ref(c)), ("staticmethod", staticmethod(f)), ("classmethod", classmethod(f)),
         ("property", property(f)), ("method-wrapper", c.__eq__), ("slot wrapper", object.__eq__),
         ("method_descriptor", list.append), ("builtin method", [].append), ("type", int),
         ("itemgetter", operator.itemgetter(1)), ("partial", functools.partial(f)),
         ("int", 1), ("str", "a"), ("None", None), ("gen", (x for x in ())), ("list", []),
         ("super", super(C, c)), ("deque", collections.deque()), ("count", itertools.count())]
for name, v in items:
    print(name, callable(v))
try:
    p = weakref.proxy(f); print("proxy", callable(p))
except Exception as e: print(e)
