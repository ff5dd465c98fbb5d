# A number subclass whose comparison method returns NotImplemented: the exact int or
# float on the other side still compares with it (int's slot takes any int, float's
# any int or float), but int's slot declines a float subclass.
class I(int):
    def __lt__(self, other):
        return NotImplemented

    __gt__ = __le__ = __ge__ = __lt__


class F(float):
    def __lt__(self, other):
        return NotImplemented

    __gt__ = __lt__


print(I(0) < 1, 1 > I(0), I(3) <= 2, 2.5 >= I(2), I(2) < 2.5, I(1) == 1)
print(F(0.5) < 1.0, F(0.5) > 1.0, 1.0 > F(0.5))
for a, b in ((F(0.5), 1), (1, F(0.5)), (I(1), I(2))):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
