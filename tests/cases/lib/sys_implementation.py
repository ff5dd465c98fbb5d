# sys.implementation is CPython 3.11's namespace (name 'cpython', cache_tag, version,
# hexversion, _multiarch), and platform.python_implementation() agrees with it, so code
# that branches on the implementation takes CPython's path.
import sys
import platform

print(sys.implementation)
print(sys.implementation.name, sys.implementation.cache_tag)
print(sys.implementation.version == sys.version_info)
print(sys.implementation.hexversion == sys.hexversion)
print(platform.python_implementation())
print("cpython" in str(sys.implementation))
print(hasattr(sys, "_multiarch"))
