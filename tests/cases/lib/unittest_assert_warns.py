# TestCase.assertWarns/assertWarnsRegex as a context manager and with a callable:
# the matching warning, its filename/lineno, the failure messages, a bad first
# argument, and an exception raised inside the block passing through.
import unittest
import warnings


def deprecated(x):
    warnings.warn("old api %d" % x, DeprecationWarning)
    return x


class T(unittest.TestCase):
    def test_context(self):
        with self.assertWarns(DeprecationWarning) as cm:
            deprecated(1)
        print(type(cm.warning).__name__, cm.warning, cm.filename.endswith(".py"),
              cm.lineno, len(cm.warnings))

    def test_callable(self):
        self.assertWarns(DeprecationWarning, deprecated, 2)
        self.assertWarns((UserWarning, DeprecationWarning), deprecated, 3)

    def test_regex(self):
        with self.assertWarnsRegex(DeprecationWarning, r"api \d") as cm:
            warnings.warn("unrelated", UserWarning)
            deprecated(4)
        print(cm.warning)

    def test_regex_mismatch(self):
        with self.assertWarnsRegex(DeprecationWarning, "nope"):
            deprecated(5)

    def test_not_triggered(self):
        with self.assertWarns(UserWarning):
            pass

    def test_not_triggered_by(self):
        self.assertWarns(UserWarning, len, "abc")

    def test_repeat_same_place(self):
        for i in range(2):
            with self.assertWarns(DeprecationWarning):
                deprecated(6)

    def test_bad_type(self):
        try:
            self.assertWarns(ValueError, deprecated, 7)
        except TypeError as e:
            print("TypeError:", e)

    def test_exception_passes(self):
        with self.assertRaises(KeyError):
            with self.assertWarns(UserWarning):
                raise KeyError("k")


before = list(warnings.filters)
result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)
print(result.testsRun, "run")
for test, text in result.failures + result.errors:
    print(test.id(), "->", text.strip().splitlines()[-1])
print(warnings.filters == before, "filters restored")
