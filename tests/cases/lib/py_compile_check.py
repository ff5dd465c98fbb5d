# py_compile.compile checks a source file: a syntax error raises PyCompileError with
# CPython's message (doraise=True) or is printed to stderr; a missing file is OSError.
import os
import py_compile
import tempfile

with tempfile.TemporaryDirectory() as d:
    bad = os.path.join(d, 'bad.py')
    with open(bad, 'w') as f:
        f.write('x = (1,\n')
    try:
        py_compile.compile(bad, doraise=True)
    except py_compile.PyCompileError as e:
        print(type(e).__name__, e.exc_type_name, e.file == bad)
        print(e.msg.replace(d, 'DIR'))
    print(py_compile.compile(bad, doraise=True, quiet=2))
    try:
        py_compile.compile(os.path.join(d, 'missing.py'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
print(list(py_compile.PycInvalidationMode), issubclass(py_compile.PyCompileError, Exception))
# compile() takes bytes-like source as well (UTF-8 text).
print(compile(b'1 + 2', '<b>', 'eval').co_filename, eval(compile(bytearray(b'6*7'), 'x', 'eval')))
