# The ast helpers over parsed trees: walk, iter_fields, iter_child_nodes,
# NodeVisitor, NodeTransformer, copy_location, fix_missing_locations,
# increment_lineno, get_docstring, get_source_segment, and compile() of a tree.
import ast

t = ast.parse("def f():\n    '''  Doc\n      more\n    '''\n    x = 1\nclass C: 'c'\n")
print(repr(ast.get_docstring(t.body[0])), repr(ast.get_docstring(t.body[0], clean=False)))
print(ast.get_docstring(t.body[1]), ast.get_docstring(t))
try:
    ast.get_docstring(t.body[0].body[1])
except TypeError as e:
    print(e)
print([type(n).__name__ for n in ast.walk(t)])
print([name for name, value in ast.iter_fields(ast.parse("x").body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(t.body[0])])


class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)


v = Names()
v.visit(ast.parse("a = b + c(d, e=f)\n"))
print(v.names)


class Rewrite(ast.NodeTransformer):
    def visit_Name(self, node):
        new = ast.Subscript(value=ast.Name("data", ast.Load()), slice=ast.Constant(node.id),
                            ctx=node.ctx)
        return ast.copy_location(new, node)

    def visit_Pass(self, node):
        return None


t = Rewrite().visit(ast.parse("x = y + 1\npass\n"))
ast.fix_missing_locations(t)
print(ast.dump(t, include_attributes=True))
print(ast.unparse(t))
ns = {"data": {"y": 41}}
exec(compile(t, "<ast>", "exec"), ns)
print(ns["data"])
e = compile("a * b", "<s>", "eval", ast.PyCF_ONLY_AST)
print(eval(compile(e, "<s>", "eval"), {"a": 6, "b": 7}))
ast.increment_lineno(t, 3)
print(t.body[0].lineno, t.body[0].end_lineno)
src = "x = [1,\n  2]  \ny = 3"
t = ast.parse(src)
print(repr(ast.get_source_segment(src, t.body[0])))
print(repr(ast.get_source_segment(src, t.body[0].value, padded=True)))
try:
    compile(5, "f", "exec")
except TypeError as e:
    print(e)

# \r\n and \r end lines too, as CPython's tokenizer translates them.
src = "v = 1\r\nw = 1\n\ry = 1"
t = ast.parse(src)
print([ast.get_source_segment(src, s) for s in t.body], [s.lineno for s in t.body])


# The pre-3.8 literal classes: calls make Constants, subclasses make themselves.
class N(ast.Num):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.z = 1


n = N(42)
print(n.n, n.z, type(n).__name__, type(ast.Num(1)).__name__)
print(isinstance(ast.Constant(), ast.Num), isinstance(ast.Constant(3), ast.Num),
      isinstance(ast.Constant("s"), ast.Num), isinstance(ast.Constant("s"), ast.Str))
