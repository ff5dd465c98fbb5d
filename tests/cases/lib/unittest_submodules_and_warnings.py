# `import unittest` brings its submodules (unittest.case, unittest.result, ...), and
# assertWarns uses the `warnings` module that unittest.case names.
import sys
import unittest

print([('unittest.' + m) in sys.modules and hasattr(unittest, m)
       for m in ('case', 'util', 'result', 'suite', 'loader', 'runner', 'signals')])
print(unittest.case.TestCase is unittest.TestCase, unittest.result.TestResult is unittest.TestResult,
      unittest.util.safe_repr(1), unittest.case.warnings is sys.modules['warnings'])
import unittest.case as uc
print(uc._AssertRaisesContext.__name__)


class FakeWarnings:
    """Stands in for the warnings module; records that assertWarns used it."""
    used = []

    def __getattr__(self, name):
        FakeWarnings.used.append(name)
        return getattr(sys.modules['warnings'], name)


class T(unittest.TestCase):
    def test_w(self):
        import warnings
        with self.assertWarns(UserWarning):
            warnings.warn('x')


saved = unittest.case.warnings
unittest.case.warnings = FakeWarnings()
try:
    r = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(T).run(r)
    print(r.wasSuccessful(), sorted(set(FakeWarnings.used)))
finally:
    unittest.case.warnings = saved
