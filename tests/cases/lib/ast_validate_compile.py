# compile() checks a hand-built tree before compiling it: contexts of targets,
# empty bodies and target lists, Try's handlers, argument defaults, Compare's and
# Dict's lengths, constants' types, None in lists -- CPython's errors and messages.
import ast


def try_compile(node, mode="exec"):
    if not isinstance(node, ast.mod):
        node = ast.Module([node if isinstance(node, ast.stmt) else ast.Expr(node)], [])
    ast.fix_missing_locations(node)
    try:
        compile(node, "<test>", mode)
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


L, S, D = ast.Load(), ast.Store(), ast.Del()
x_load, x_store = ast.Name("x", L), ast.Name("x", S)
one = ast.Constant(1)
try_compile(ast.Expression(ast.Name("x", S)), "eval")
try_compile(ast.Assign([], one))
try_compile(ast.Assign([x_load], one))
try_compile(ast.Assign([x_store], ast.Name("y", S)))
try_compile(ast.Delete([]))
try_compile(ast.Delete([x_load]))
try_compile(ast.AugAssign(x_load, ast.Add(), one))
try_compile(ast.For(x_store, x_load, [], []))
try_compile(ast.While(one, [], []))
try_compile(ast.If(one, [ast.Pass()], [None]))
try_compile(ast.With([], [ast.Pass()]))
try_compile(ast.Raise(None, one))
try_compile(ast.Try([ast.Pass()], [], [], []))
try_compile(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()]))
try_compile(ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [])], [], []))
try_compile(ast.ImportFrom("m", [ast.alias("a")], -1))
try_compile(ast.Import([]))
try_compile(ast.Global([]))
try_compile(ast.BoolOp(ast.And(), [one]))
try_compile(ast.Compare(one, [], []))
try_compile(ast.Compare(one, [ast.Eq()], [one, one]))
try_compile(ast.Dict([one], []))
try_compile(ast.ListComp(one, []))
try_compile(ast.Constant([1]))
try_compile(ast.Constant((1, frozenset({2.5}), b"x", None, ...)))
try_compile(ast.List([None], L))
try_compile(ast.Call(x_load, [x_store], []))
try_compile(ast.Attribute(x_load, "a", S))
try_compile(ast.Name("None", L))
args = ast.arguments([], [ast.arg("a")], None, [], [], None, [one, one])
try_compile(ast.FunctionDef("f", args, [ast.Pass()], [], None))
args = ast.arguments([], [], None, [ast.arg("k")], [], None, [])
try_compile(ast.FunctionDef("f", args, [ast.Pass()], [], None))
try_compile(ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], None))
try_compile(ast.ClassDef("C", [], [], [], []))
try_compile(ast.AnnAssign(ast.Attribute(x_load, "a", S), x_load, None, 1))
# A parsed tree always passes.
tree = ast.parse("def f(a, *b, c=1, **d):\n    del a\n    for i in b: x, *y = i\n"
                 "    return [j for j in d if j], {k: v for k, v in d.items()}\n")
try_compile(tree)
