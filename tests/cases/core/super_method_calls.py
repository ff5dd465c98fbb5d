# super().name(...) called at once: the method found after the class in the MRO,
# called with the instance; what is not a plain method keeps its own binding.
import sys

class Base:
    def __init__(self, v):
        self.v = v
    def show(self, tag="base"):
        return "%s %s %r" % (tag, type(self).__name__, self.v)
    @classmethod
    def cm(cls): return "cm " + cls.__name__
    @staticmethod
    def sm(x): return "sm %s" % x
    @property
    def p(self): return "prop %s" % self.v

class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    def show(self, tag="mid"):
        return super().show(tag) + " | " + super(Mid, self).show()

class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(5)
    def show(self):
        return super().show() + " | " + super().cm() + " | " + super().sm(1) + " | " + super().p

l = Leaf()
print(l.show())
print(super(Leaf, l).__class__.__name__, super(Leaf, l).__thisclass__.__name__)

class Plain:
    def __init__(self):
        super().__init__()
        print("Plain init", sys.getrefcount(self) > 1)
    def __repr__(self):
        return "Plain/" + super().__repr__()[:8]
p = Plain()
print(repr(p))

class D(dict):
    def __init__(self, *a):
        super().__init__(*a)
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
d = D({"a": 1}); d["b"] = 2
print(d)
try:
    class Bad:
        def __init__(self):
            super().__init__(1)
    Bad()
except TypeError as e:
    print("error", e)
try:
    super(Leaf, l).missing()
except AttributeError as e:
    print("error", e)
class Del:
    def __del__(self): print("del", type(self).__name__)
class DelSub(Del):
    def __del__(self):
        print("DelSub first")
        super().__del__()
x = DelSub(); del x
print("end")
