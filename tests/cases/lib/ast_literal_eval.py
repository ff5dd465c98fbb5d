# ast.literal_eval: the literal forms it accepts (signed numbers, complex sums,
# containers, set()) and its "malformed node or string" errors.
import ast

for s in ["1", "-1.5", "1+2j", "-1-2j", "(1, [2, {3: 'a'}], {4})", "set()", "b'x'",
          "None", "True", "a", "{**a}", "1+1", "f(1)", "'a' 'b'", "  [1]", "\t2",
          "-(1)", "+True", "x.y", "1j+1", "[*a]", "{'k': (1, -2)}"]:
    try:
        print(repr(ast.literal_eval(s)))
    except ValueError as e:
        # The message ends with the node's repr, whose address varies.
        print("ValueError", str(e).split(" object at")[0])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
