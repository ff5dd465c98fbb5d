# `_ast` (the node classes and PyCF_* flags, the same classes as ast's) and
# `_pickle` (the same pickler classes and functions as pickle's).
import _ast
import ast
import _pickle
import pickle
import io

names = [n for n in dir(_ast) if not n.startswith('__')]
print(len(names), names)
print(_ast.Module is ast.Module, _ast.AST is ast.AST, _ast.PyCF_ONLY_AST)
tree = compile("x = 1", "<s>", "exec", _ast.PyCF_ONLY_AST)
print(type(tree) is _ast.Module, ast.dump(tree))

print([n for n in dir(_pickle) if not n.startswith('_') and n != 'PickleBuffer'])
print(_pickle.loads(_pickle.dumps([1, (2, 'x')], 2)))
f = io.BytesIO()
_pickle.Pickler(f, 3).dump({'a': 1})
print(pickle.loads(f.getvalue()), issubclass(_pickle.PicklingError, _pickle.PickleError))
