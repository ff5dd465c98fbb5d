# Checks: raise with class vs instance, exception args/str/repr, custom exceptions, isinstance of exceptions.
class MyError(Exception):
    pass
for exc in [ValueError, ValueError("msg"), MyError("a", 2), KeyError("key"), Exception()]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, "args", e.args, "str", repr(str(e)), "repr", repr(e))
try:
    raise TypeError
except TypeError as e:
    print("class raise", repr(e), e.args)
print(isinstance(MyError(), Exception), issubclass(MyError, BaseException))
def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
for n in (1, -5):
    try:
        print(check(n))
    except ValueError as err:
        print("caught", err)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
