# breakpoint() calls sys.breakpointhook; the default hook reads $PYTHONBREAKPOINT
# at each call: module.attr, a bare builtin name, '0' to turn it off, and a
# RuntimeWarning for a name that does not import.
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook.__name__)

os.environ['PYTHONBREAKPOINT'] = 'int'
print(breakpoint('7'), breakpoint('ff', 16))
os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
print(breakpoint('a', 'b'))
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint(1, 2, x=3))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for envar in ('.', '..', '.foo', 'foo.', '.int', 'int.', '.foo.bar',
                  '..foo.bar', '/./', 'nosuchbuiltin', 'nosuchmodule.nosuchcallable'):
        os.environ['PYTHONBREAKPOINT'] = envar
        print(repr(envar), breakpoint())
for w in caught:
    print(w.category.__name__, w.message)

# A dotted name whose module part is no module is unimportable too.
os.environ['PYTHONBREAKPOINT'] = 'int.nosuchattr'
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(breakpoint())
print(len(caught))

# A replaced hook gets the arguments as they are; the environment is not read.
os.environ['PYTHONBREAKPOINT'] = 'sys.exit'
calls = []
def hook(*args, **kws):
    calls.append((args, kws))
    return 'hooked'
sys.breakpointhook = hook
print(breakpoint(1, 2, three=3), calls)

def no_args():
    pass
sys.breakpointhook = no_args
try:
    breakpoint(1)
except TypeError as e:
    print('TypeError:', e)

sys.breakpointhook = sys.__breakpointhook__
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError:', e)
