# dict.pop on an empty dict answers before hashing the key (CPython's _PyDict_Pop).
class H:
    def __hash__(self):
        print("hash called")
        return 1
print({}.pop([], "default"))
print({}.pop(H(), "default"))
try:
    {}.pop([])
except KeyError as e:
    print("KeyError", e)
d = {1: 2}
try:
    d.pop([], 0)
except TypeError as e:
    print("TypeError", e)
print(d.pop(H(), "x"), d.pop(1), d.pop(1, "gone"))
print(d.pop(H(), "again"))
