# ModuleNotFoundError, caught and uncaught
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.nothing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import _helper.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkg import nothing
except ImportError as e:
    print(type(e).__name__, e.name, e.path.endswith("pkg/__init__.py"))
try:
    from sys import nothing
except ImportError as e:
    print(e)
print(issubclass(ModuleNotFoundError, ImportError))
import no_such.thing
