# range objects whose bounds or length leave i64: reversal, slicing with big
# steps and bounds, len() overflow, indexing past sys.maxsize, __index__ keys.
import sys

print(list(reversed(range(5))), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
print(list(reversed(range(sys.maxsize - 3, sys.maxsize))))
print(list(reversed(range(-sys.maxsize - 1, -sys.maxsize + 2))))
print(list(reversed(range(0, 2**70, 2**68))))
print(list(reversed(range(2**64, 2**64 + 10, 4))))
print(next(reversed(range(2**100))) == 2**100 - 1)
r = range(0, 2**100, 3)
print(r[2:5], r[::2**80], r[-3:], r[::-1][:2])
print(range(10)[::2**70], range(10)[2**70:], range(10)[-2**70:3])
x = range(-sys.maxsize, sys.maxsize)
try:
    len(x)
except OverflowError as e:
    print('OverflowError', e)
print(bool(x), x[sys.maxsize + 1], x[sys.maxsize + 1:sys.maxsize + 2][0])
try:
    x[-(2 * sys.maxsize) - 1]
except IndexError as e:
    print('IndexError', e)


class I:
    def __index__(self):
        return 2


print(range(10)[I()], range(2**80)[I()])
print(range(10).__len__(), range(3).__getitem__(1), list(range(3).__reversed__()))
print(range(4).__contains__(2), range(0).__bool__(), range(2).__hash__() == hash(range(2)))
print(slice(None, None, 2**70).indices(2**80))
print(slice(-2**70, 2**70).indices(10), slice(None, None, -1).indices(2**65))
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print('ValueError', e)
try:
    slice(5).__hash__()
except TypeError as e:
    print('TypeError', e)
print(slice.__hash__)
