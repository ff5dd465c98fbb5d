# The struct members of the builtin exceptions are member/getset descriptors on
# the class that declares them, as CPython's: OSError's errno/strerror/filename/
# filename2/characters_written, SyntaxError's location, StopIteration.value,
# SystemExit.code, the three Unicode errors' members (none on UnicodeError), and
# BaseException's __traceback__/__context__/__cause__/__suppress_context__. They
# are not instance attributes (vars() stays empty) and are set by the constructor
# and by __init__.
import builtins

for name in sorted(dir(builtins)):
    c = getattr(builtins, name)
    if isinstance(c, type) and issubclass(c, BaseException):
        own = sorted(k for k, v in vars(c).items()
                     if type(v).__name__ in ("member_descriptor", "getset_descriptor"))
        if own:
            print(name, own, [type(vars(c)[k]).__name__[:6] for k in own])

e = OSError(2, "No such file", "f.txt")
print(vars(e), e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
print(type(e).__name__, OSError(1, "x", None).args, OSError(1, "x", "a", None, "b").args)
print(FileNotFoundError(2, "gone", "g").__reduce__())
e.errno = 5
print(e.errno, vars(e))
b = BlockingIOError(11, "busy", 5)
print(b.characters_written, b.filename, b.args, str(b))
b.characters_written = 7
print(b.characters_written)
del b.characters_written
for f in (lambda: b.characters_written, lambda: delattr(b, "characters_written")):
    try:
        f()
    except AttributeError as x:
        print("AttributeError:", x)
try:
    b.characters_written = "a"
except TypeError as x:
    print("TypeError:", x)

s = StopIteration(5)
print(vars(s), s.value, s.args)
s.value = 7
print(s.value, s.args, vars(s))
del s.value
print(s.value)
StopIteration.__init__(s, 9, 10)
print(s.value, s.args)

def gen():
    x = yield from sub()
    print("yield from gave", x)

class Sub:
    def __iter__(self):
        return self
    def __next__(self):
        e = StopIteration(1)
        e.value = "member, not args"
        raise e

def sub():
    return (yield from Sub())

for _ in gen():
    pass

print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
x = SystemExit(1, 2)
print(x.code is x.args)
x.code = 9
print(x.code, x.args, vars(x))

try:
    compile("a b", "f.py", "exec")
except SyntaxError as e:
    print(vars(e), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
    print(e.__reduce__()[1])
se = SyntaxError("m", ("file.py", 3, 4, "text", 3, 6))
print(str(se), se.args)
del se.msg
print(se.msg, str(se))

u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(vars(u), u.encoding, u.object, u.start, u.end, u.reason)
try:
    UnicodeError("x").encoding
except AttributeError as x:
    print("AttributeError:", x)

class MyStop(StopIteration):
    pass
print(MyStop(4).value, MyStop().value)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as k:
    d = BaseException.__dict__
    print(type(d["__context__"].__get__(k)).__name__, d["__suppress_context__"].__get__(k))
    d["__cause__"].__set__(k, ValueError("v"))
    print(repr(k.__cause__), k.__suppress_context__)
    try:
        d["__cause__"].__set__(k, 5)
    except TypeError as x:
        print("TypeError:", x)
