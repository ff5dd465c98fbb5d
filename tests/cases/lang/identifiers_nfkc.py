# PEP 3131: the parser folds every non-ASCII identifier to NFKC, so compatibility
# variants of a name are the same name; strings given to getattr/setattr are not
# folded.
ｗｗｗ = 1
print(www)

class A:
    pass

a = A()
a.ﬁ = 2
print(a.__dict__, getattr(a, "fi"), hasattr(a, "ﬁ"))
setattr(a, "ﬂ", 3)
print(sorted(a.__dict__), getattr(a, "ﬂ"), hasattr(a, "fl"))

# A name that folds to a keyword is still a name.
ｉｆ = 4
print(globals()["if"])


def f(ｘ, **kw):
    return ｘ, kw


print(f(ｘ=1, ℌ=2))
print(f.__code__.co_varnames)

𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = "x"
print(Unicode)
é = "composed"  # e + U+0301 in the source folds to U+00E9
print(é)
print(f"{ｗｗｗ + 1}")
import math as ｍ
print(m.pi > 3, "m" in dir())
print(sorted(k for k in globals() if not k.startswith("__")))
try:
    print(ｕｎｄｅｆｉｎｅｄ)
except NameError as e:
    print(e)
