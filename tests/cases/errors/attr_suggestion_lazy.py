# The "Did you mean" hint belongs to the printed traceback, not to the exception:
# str(e) has none, e.name and e.obj say what was missing, and a module's missing
# attribute gets the hint too.
import math


class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


p = Point()
try:
    p.xx
except AttributeError as e:
    print(str(e), e.args, e.name, e.obj is p)
print(hasattr(p, "z"), getattr(p, "yy", "default"))
try:
    math.tau2
except AttributeError as e:
    print(str(e), e.name)
print(math.tau2)
