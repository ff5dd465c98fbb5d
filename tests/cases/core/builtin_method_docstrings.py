# Methods of builtin classes have docstrings (bound or not); some carry examples
# that doctest finds and runs, as for the builtin functions.
import builtins
import doctest

for m in (int.bit_length, (5).bit_length, float.fromhex, float.__dict__['fromhex'],
          bytes.hex, bytearray.hex, memoryview.hex):
    print(type(m.__doc__).__name__, m.__doc__ == type(m).__doc__)

finder = doctest.DocTestFinder()
tests = [t for t in finder.find(builtins) if t.examples]
print(len(tests) > 0, all(t.name.startswith('builtins.') for t in tests))
runner = doctest.DocTestRunner(verbose=False)
for t in tests:
    runner.run(t)
print(runner.failures)
