# ast.parse of except* gives a TryStar node, which unparses and compiles back.
import ast
src = "try:\n    f()\nexcept* (E, F) as g:\n    pass\n"
t = ast.parse(src)
print(ast.dump(t))
print(ast.unparse(t))
exec(compile(t, "x", "exec"), {"f": lambda: None, "E": ValueError, "F": KeyError})
