# A module's builtin function is bound to its module: __self__.
import math, sys
print(len.__self__)
print(math.sqrt.__self__ is math, sys.getrefcount.__self__ is sys)
print(print.__self__ is __builtins__ or print.__self__ is sys.modules["builtins"])
l = []
print(l.append.__self__ is l)
print(list.append.__qualname__, hasattr(list.append, "__self__"))
