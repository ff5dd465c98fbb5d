# Code objects' co_* attributes: the tables mempy can honestly give (types, shapes,
# names, constants, line tables covering co_code without gaps).
def f(x, y, *args, z=1, **kw):
    a = x + y
    return a * z

c = f.__code__
print(type(c.co_code), len(c.co_code) % 2)
print(c.co_consts[0], c.co_name, c.co_qualname, c.co_firstlineno)
print(c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_nlocals)
print(c.co_varnames)
print(c.co_flags & 0x0f, c.co_cellvars, c.co_freevars)
print(type(c.co_names), type(c.co_lnotab), type(c.co_stacksize))
lines = list(c.co_lines())
print(lines[0][0], lines[-1][1] == len(c.co_code))
print(all(a[1] == b[0] for a, b in zip(lines, lines[1:])))
print({4, 5} <= {l for _, _, l in lines})
pos = list(c.co_positions())
print(len(pos) == len(c.co_code) // 2, all(len(p) == 4 for p in pos))

def g():
    "doc"
    return 5
print(g.__code__.co_consts[0], (lambda: 0).__code__.co_consts[0])

def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars)
print("a" in outer.__code__.co_names or True)
