# A function's __module__ is its globals' __name__ at the moment the function is
# made (MAKE_FUNCTION), read anew each time: rebinding, deleting and re-adding
# __name__, other globals dicts, non-str values and an equal but not interned key.

def make():
    return lambda: 0

def comp_modules():
    # One function per comprehension run, each made under the current __name__.
    return [f.__module__ for f in [lambda: 1 for _ in range(2)]], [
        (lambda: 2).__module__ for _ in range(1)
    ]

print(make().__module__, comp_modules())
__name__ = 'renamed'
print(make().__module__, comp_modules())
__name__ = 42
print(make().__module__, comp_modules())

# Deleted: the function has no module (None); re-added, the entry moves.
g = globals()
del g['__name__']
print(make().__module__, comp_modules())
for i in range(40):
    g['filler%d' % i] = i  # grows (and rebuilds) the globals table
g['__name__'] = 'back'
print(make().__module__, comp_modules())
for i in range(40):
    del g['filler%d' % i]
print(make().__module__)

# The same code object run under other globals.
code = compile('f = lambda: 0\nm = [(lambda: 1).__module__ for _ in range(2)]', 'src', 'exec')
for ns in ({'__name__': 'first'}, {'__name__': 'second'}, {}, {'__name__': None}):
    exec(code, ns)
    print(ns['f'].__module__, ns['m'])

# An equal key that is not the interned name.
key = ''.join(['__na', 'me__'])
ns = {key: 'built'}
exec(code, ns)
print(ns['f'].__module__, ns['m'])
ns[key] = 'rebuilt'
exec(code, ns)
print(ns['f'].__module__, ns['m'])

# A module's functions keep the name they were made under.
def outer():
    return [inner.__module__ for inner in [lambda: 0]]
g['__name__'] = 'last'
print(outer(), outer.__module__, make.__module__)
