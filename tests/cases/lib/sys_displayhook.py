# sys.displayhook / sys.__displayhook__ (CPython's sys_displayhook) and the
# PRINT_EXPR of compile(..., 'single') code, which calls whatever sys.displayhook
# is: the default sets builtins._ to None before writing (the old value dies
# first), writes repr and newline as two writes to sys.stdout, then binds _;
# a deleted hook or stdout raises RuntimeError "lost sys.displayhook" / "lost
# sys.stdout".
import builtins
import sys


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        print('repr', self.name, file=sys.__stderr__)
        return 'Noisy(%s)' % self.name

    def __del__(self):
        print('del', self.name, file=sys.__stderr__)


print(sys.displayhook is sys.__displayhook__, type(sys.displayhook).__name__)
out = Out()
real = sys.stdout
sys.stdout = out
sys.displayhook(42)
sys.displayhook(None)
sys.stdout = real
print(out.parts, builtins._)

sys.stdout = out
sys.displayhook(Noisy('a'))
sys.displayhook(Noisy('b'))
sys.stdout = real
print(out.parts[-4:])
del builtins._

code = compile("6 * 7", "<string>", "single")
seen = []
sys.displayhook = seen.append
eval(code)
exec(compile("None", "<s>", "single"))
print(seen)
sys.displayhook = sys.__displayhook__


def bad(obj):
    raise ValueError(obj)


sys.displayhook = bad
try:
    eval(code)
except ValueError as e:
    print('ValueError', e)
del sys.displayhook
try:
    eval(code)
except RuntimeError as e:
    print('RuntimeError', e)
sys.displayhook = sys.__displayhook__
try:
    sys.displayhook()
except TypeError as e:
    print('TypeError', e)
saved = sys.stdout
del sys.stdout
try:
    sys.displayhook(1)
except RuntimeError as e:
    err = e
sys.stdout = saved
print('RuntimeError', err)
sys.stdout = None
try:
    sys.displayhook(1)
except RuntimeError as e:
    err = e
sys.stdout = saved
print('RuntimeError', err)
eval(code)
