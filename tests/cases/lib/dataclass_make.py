# dataclasses.make_dataclass: field specs as names, (name, type) and
# (name, type, field(...)), bases, namespace, options passed on to @dataclass,
# __module__ ('types' in 3.11), and the errors for bad field names.
import dataclasses
from dataclasses import make_dataclass, field, fields

P = make_dataclass("P", ["x", ("y", int), ("z", list, field(default_factory=list))])
p = P(1, 2)
print(p, P.__module__, P.__qualname__, P.__annotations__)
print([f.name for f in fields(P)], P.__match_args__, p == P(1, 2))


class Base:
    def hello(self):
        return "hi " + str(self.a)


Q = make_dataclass("Q", [("a", int)], bases=(Base,),
                   namespace={"double": lambda self: self.a * 2},
                   frozen=True, order=True)
q = Q(3)
print(q, q.hello(), q.double(), Q(1) < Q(2), hash(q) == hash(Q(3)))
try:
    q.a = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(make_dataclass("E", ())(), make_dataclass("M", [], namespace={"__module__": "mod"}).__module__)
for bad in (["1x"], ["class"], ["a", "a"], [("a", int, None, 4)], [3]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)
