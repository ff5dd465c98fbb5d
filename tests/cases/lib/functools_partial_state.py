# functools.partial: read-only func/args/keywords, a __dict__ of its own that cannot be
# deleted, __reduce__/__setstate__ (copy, pickle), flattening only attribute-free partials.
import copy, pickle
from functools import partial
p = partial(print, 1, sep="-")
print(p.__dict__, vars(p), p.func, p.args, p.keywords)
for f in (lambda: setattr(p, "func", len), lambda: delattr(p, "args"), lambda: setattr(p, "keywords", {})):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
try:
    del p.__dict__
except TypeError as e:
    print("TypeError", e)
try:
    p.__dict__ = 1
except TypeError as e:
    print("TypeError", e)
p.x = 5
print(p.__dict__, p.x)
p.__dict__ = {"y": 2}
print(p.__dict__, p.y)
r = p.__reduce__()
print(r[0] is partial, r[1][0] is print, r[2][1:])
q = copy.copy(p)
print(q.func is print, q.args, q.keywords, q.__dict__)
q = pickle.loads(pickle.dumps(partial(max, 3, key=abs)))
print(q(-7), q.args, q.keywords)
p(2, 3)
pp = partial(p, 9, end="!\\n")
print(pp.func is print, pp.args, pp.keywords)
pp()
class P(partial):
    pass
s = P(min, 4)
print(repr(s), s(2), s.__dict__)
