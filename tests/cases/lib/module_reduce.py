# A module finds the module type's methods (__eq__, __reduce_ex__...) after its own
# namespace, so pickling or copying one is "cannot pickle 'module' object".
import copy
import pickle
import sys

for action in [lambda: pickle.dumps(sys), lambda: sys.__reduce_ex__(2),
               lambda: sys.__reduce__(), lambda: copy.deepcopy(sys),
               lambda: copy.copy(sys)]:
    try:
        action()
    except TypeError as e:
        print(e)
print(sys.__eq__(sys), sys.__ne__(copy), sys.__hash__() == hash(sys))
print(type(sys).__name__, sys.__class__ is type(copy))
