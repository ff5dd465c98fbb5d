# l *= n and l * n with a length past what memory can hold raise MemoryError (no
# allocation is attempted); small repeats still work, in place.
import sys
lst = [4, 5, 6, 7]
n = (sys.maxsize * 2 + 2) // len(lst)
for name, f in [('mul', lambda: lst * n), ('imul', None)]:
    try:
        if f:
            f()
        else:
            a = lst
            a *= n
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__)
b = lst
b *= 2
print(b is lst, lst)
t = (1, 2)
try:
    t * n
except MemoryError as e:
    print('tuple', type(e).__name__)
