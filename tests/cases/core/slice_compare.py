# Slices compare as the tuples (start, stop, step): ==, !=, ordering, mixed types.
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) != slice(1, 2), slice(None) == slice(None, None))
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1, 2) <= slice(1, 2, None))
print(slice(1, 2) == (1, 2, None), sorted([slice(3), slice(1), slice(2)]))
try:
    slice(1, 'a') < slice(1, 2)
except TypeError as e:
    print(e)
try:
    slice(1) < (1,)
except TypeError as e:
    print(e)
