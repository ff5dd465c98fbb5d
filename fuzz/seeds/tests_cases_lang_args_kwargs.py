# Checks: *args/**kwargs, keyword-only and positional-only params, call-site unpacking, TypeError messages for bad calls.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def pos_only(x, y, /, z):
    return x + y + z
print(pos_only(1, 2, z=3))
def kwonly(*, key):
    return key
print(kwonly(key="k"))
def show(*args, **kwargs):
    print(" args", args, "kwargs", kwargs)
show()
show(1, "two", three=3)
show(*"ab", *[1], **{"x": 1}, y=2)
for call in [lambda: f(), lambda: f(1), lambda: kwonly("x"), lambda: pos_only(1, y=2, z=3),
             lambda: f(1, c=1, a=2), lambda: show(**{1: 2}) if False else len(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(a, b):
    return a - b
print(g(b=1, a=10))
