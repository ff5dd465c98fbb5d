# getpass: getuser() from LOGNAME/USER/LNAME/USERNAME in that order, and getpass()
# without a terminal: a GetPassWarning, the echo warning and prompt on the given
# stream, one line read from sys.stdin, the newline that ends the prompt's line, and
# EOFError at end of input.
import getpass, os, sys, io, warnings
print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))
for var in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(var, None)
os.environ['USERNAME'] = 'un'
print(getpass.getuser())
os.environ['LNAME'] = 'ln'
print(getpass.getuser())
os.environ['USER'] = ''
print(getpass.getuser())
os.environ['USER'] = 'yan'
os.environ['LOGNAME'] = 'zed'
print(getpass.getuser())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    sys.stdin = io.StringIO('secret\nnext')
    err = io.StringIO()
    print(repr(getpass.getpass('PW: ', stream=err)))
    print(repr(err.getvalue()))
    print(repr(getpass.getpass(stream=err)))
    print(repr(err.getvalue()))
    try:
        getpass.getpass('again: ', stream=err)
    except EOFError as e:
        print('EOF', repr(e), repr(err.getvalue()[-30:]))
    print([(str(x.message), x.category.__name__) for x in w])
