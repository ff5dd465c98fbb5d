# a SyntaxError in an imported file is reported against that file
try:
    import _badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename.endswith("_badsyntax.py"))
    print(str(e))
import _badsyntax
