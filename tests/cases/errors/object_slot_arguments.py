try:
    object.__eq__()
except TypeError as e: print('object.__eq__()', '->', e)
try:
    object.__eq__(1,2,3)
except TypeError as e: print('object.__eq__(1,2,3)', '->', e)
try:
    object.__hash__(1,2)
except TypeError as e: print('object.__hash__(1,2)', '->', e)
try:
    object.__str__()
except TypeError as e: print('object.__str__()', '->', e)
try:
    object.__ne__(1)
except TypeError as e: print('object.__ne__(1)', '->', e)
try:
    object.__repr__(1,2)
except TypeError as e: print('object.__repr__(1,2)', '->', e)
try:
    object.__setattr__(1)
except TypeError as e: print('object.__setattr__(1)', '->', e)
try:
    object.__format__()
except TypeError as e: print('object.__format__()', '->', e)
try:
    object.__sizeof__()
except TypeError as e: print('object.__sizeof__()', '->', e)
try:
    object.__dir__()
except TypeError as e: print('object.__dir__()', '->', e)
try:
    print(object.__sizeof__(1,2))
except TypeError as e: print('object.__sizeof__(1,2)', '->', e)
try:
    print(object.__format__(1))
except TypeError as e: print('object.__format__(1)', '->', e)
try:
    print(object.__format__(1,2,3))
except TypeError as e: print('object.__format__(1,2,3)', '->', e)
try:
    print(object.__dir__(1,2))
except TypeError as e: print('object.__dir__(1,2)', '->', e)
try:
    print(object.__getattribute__(1))
except TypeError as e: print('object.__getattribute__(1)', '->', e)
try:
    print(object.__delattr__(1))
except TypeError as e: print('object.__delattr__(1)', '->', e)
try:
    print(object.__init__())
except TypeError as e: print('object.__init__()', '->', e)
try:
    print(object.__new__())
except TypeError as e: print('object.__new__()', '->', e)
try:
    print(object.__init_subclass__(1))
except TypeError as e: print('object.__init_subclass__(1)', '->', e)
try:
    print(object.__eq__(1,1))
except TypeError as e: print('object.__eq__(1,1)', '->', e)
try:
    print(object.__ne__(2,1))
except TypeError as e: print('object.__ne__(2,1)', '->', e)
class P:
    def __eq__(self, o): return "yes"
class Q: pass
print(object.__ne__(P(), 1), object.__ne__(Q(), 1), object.__ne__(2, 1), object.__ne__(1, 1), object.__ne__("a", "a"))
print(P() != 1, Q() != Q())
