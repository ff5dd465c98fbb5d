# A generator's frame object shows the generator's locals while it is suspended
# (before it starts: the arguments), follows each resumption, and keeps the last
# ones after the generator finishes or is closed.


def gen(a, b=2):
    x = a + b
    yield x
    y = x * 2

    def inner():
        return y

    yield inner()
    del x
    yield 3


def show(d):
    return sorted((k, v if isinstance(v, int) else type(v).__name__) for k, v in d.items())


g = gen(1)
fr = g.gi_frame
print(show(fr.f_locals))
print(next(g), show(g.gi_frame.f_locals))
print(next(g), show(fr.f_locals))
print(next(g), show(g.gi_frame.f_locals))
print(fr.f_lineno == g.gi_frame.f_lineno, g.gi_frame is fr)
for _ in g:
    pass
print(g.gi_frame)
print(show(fr.f_locals))


def counter():
    n = 0
    while True:
        n += 1
        yield n


c = counter()
f = c.gi_frame
for _ in range(3):
    next(c)
    print(f.f_locals)
c.close()
print(f.f_locals, c.gi_frame)
