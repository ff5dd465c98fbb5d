# doctest.testfile on a text file (module_relative=False): the failure report and
# summary, verbose output under another name, globs/extraglobs, report=False,
# raise_on_error (DebugRunner) and the argument errors.
import doctest
with open('sample.txt', 'w') as f:
    f.write('Intro\n\n>>> x = 2\n>>> x * 3\n6\n>>> x + y\n5\n>>> print("a")\nb\n')
print(doctest.testfile('sample.txt', module_relative=False, extraglobs={'y': 3}))
print(doctest.testfile('sample.txt', module_relative=False, verbose=True,
                       name='Named', globs={'y': 3}))
try:
    doctest.testfile('sample.txt', module_relative=False, raise_on_error=True,
                     extraglobs={'y': 3})
except doctest.DocTestFailure as e:
    print('raised', e, repr(e.got), e.example.source)
print(doctest.testfile('sample.txt', module_relative=False, report=False,
                       globs={'y': 2}))
try:
    doctest.testfile('/abs/x.txt')
except ValueError as e:
    print(e)
try:
    doctest.testfile('x.txt', module_relative=False, package='os')
except ValueError as e:
    print(e)
print(doctest.master is not None)
