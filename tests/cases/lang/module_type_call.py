# Calling the module type (types.ModuleType) makes an empty module.
import types
m = types.ModuleType("x")
print(m, m.__dict__, m.__name__)
m.a = 1
print(m.a)
print(types.ModuleType("y", "doc").__doc__)
try:
    types.ModuleType(1)
except TypeError as e:
    print(e)
try:
    types.ModuleType()
except TypeError as e:
    print(e)
print(types.ModuleType(name='z', doc='d'))
