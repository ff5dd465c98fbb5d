# PEP 646 (3.11 grammar): starred items in a subscript make a tuple key, even a
# lone `x[*a]`; `*args: *Ts` records the one item unpacked from the annotation.
import ast


class Show:
    def __getitem__(self, key):
        return key


s = Show()
a = [1, 2]
print(s[*a])
print(s[0, *a])
print(s[*a, 3, *a])
print(s[*(), 1:2])
print(s[*'xy',])
print(s[0])
print(s[0,])


class One:
    def __iter__(self):
        yield 'unpacked'


def f(*args: *One()): pass


print(f.__annotations__)


def g(*args: *(x for x in [7]), **kw: int) -> None: pass


print(g.__annotations__)

tree = ast.parse("x[*a]")
print(ast.dump(tree.body[0].value.slice))
tree = ast.parse("def f(*args: *Ts): pass")
print(ast.dump(tree.body[0].args.vararg))

for bad in ["x[**a]", "def f(x: *Ts): pass", "def f(**kw: *Ts): pass"]:
    try:
        compile(bad, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
