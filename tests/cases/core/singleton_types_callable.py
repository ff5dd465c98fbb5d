# Checks: calling the types of None, NotImplemented and Ellipsis gives back the
# singleton, and any argument is refused with the types' own wording.
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)
for t in (type(None), type(NotImplemented), type(...)):
    for args, kw in (((1,), {}), ((), {'a': 1})):
        try:
            t(*args, **kw)
        except TypeError as e:
            print(e)
