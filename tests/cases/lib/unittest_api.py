# unittest objects used directly: TestCase ids and reprs, TestResult, TestLoader,
# TestSuite, FunctionTestCase, and a failing unittest.main() exiting with status 1.
import io
import unittest


class Sample(unittest.TestCase):
    def test_b(self):
        """Second test."""
        self.assertEqual(2, 2)

    def test_a(self):
        self.assertEqual([1, 2], [1, 3])

    def helper(self):
        pass


t = Sample('test_a')
print(t, repr(t), t.id(), t.shortDescription(), Sample('test_b').shortDescription())
print(t == Sample('test_a'), t == Sample('test_b'), t.countTestCases())
try:
    Sample('nope')
except ValueError as e:
    print('ValueError:', e)

result = unittest.TestResult()
t.run(result)
print(result, result.wasSuccessful(), result.testsRun)
print(result.failures[0][0], result.failures[0][1].splitlines()[-1])

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Sample))
suite = loader.loadTestsFromTestCase(Sample)
print(suite.countTestCases(), suite)
r2 = unittest.TestResult()
suite.run(r2)
print(r2, len(r2.failures))

calls = []
ft = unittest.FunctionTestCase(lambda: calls.append('ran'), setUp=lambda: calls.append('setUp'),
                               description='a function test')
r3 = unittest.TestResult()
ft.run(r3)
print(calls, r3.wasSuccessful(), ft.shortDescription())

s = unittest.TestSuite()
s.addTest(Sample('test_b'))
s.addTests([Sample('test_a')])
print(s.countTestCases(), list(s))
try:
    s.addTest(Sample)
except TypeError as e:
    print('TypeError:', e)


class Custom(unittest.TestCase):
    def test_type_func(self):
        def cmp_points(a, b, msg=None):
            if a != b:
                raise self.failureException('points differ: %r %r' % (a, b))
        self.addTypeEqualityFunc(complex if False else tuple, cmp_points)
        self.assertEqual((1, 2), (1, 3))


r4 = unittest.TestResult()
Custom('test_type_func').run(r4)
print(r4.failures[0][1].splitlines()[-1])
with_ctx = Sample('test_b')
try:
    with_ctx.assertRaises(5)
except TypeError as e:
    print('TypeError:', e)
try:
    with with_ctx.assertRaises(ValueError, bogus=1):
        pass
except TypeError as e:
    print('TypeError:', e)
print(unittest.SkipTest.__module__, issubclass(unittest.SkipTest, Exception))
buf = io.StringIO()
unittest.main(testRunner=unittest.TextTestRunner(stream=buf))
