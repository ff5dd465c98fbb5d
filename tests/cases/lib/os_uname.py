# Checks: os.uname() is a struct sequence of five str fields (a tuple subclass named
# posix.uname_result) whose repr, attributes and %-formatting follow CPython's.
import os

u = os.uname()
print(type(u).__name__, type(u).__module__, isinstance(u, tuple), len(u))
print(repr(u) == 'posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)' % u)
print(u.sysname, u.machine == u[4], all(isinstance(f, str) for f in u))
print(('%s ' * len(u)) % u == ''.join(f + ' ' for f in u))
