# The failure messages of TestCase's assert methods (standard text, longMessage,
# maxDiff truncation, shortened reprs, sequence/set/dict/str diffs), plus the
# verbose report of subtests, expected failures, skips and fixture errors.
import io
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class Msgs(unittest.TestCase):
    def test_messages(self):
        checks = [
            lambda: self.assertEqual(1, 2),
            lambda: self.assertEqual(1, 2, 'extra'),
            lambda: self.assertNotEqual(1, 1),
            lambda: self.assertTrue(0),
            lambda: self.assertFalse(1),
            lambda: self.assertIs(1, None),
            lambda: self.assertIsNot(None, None),
            lambda: self.assertIsNone(3),
            lambda: self.assertIsNotNone(None),
            lambda: self.assertIn(1, [2]),
            lambda: self.assertNotIn(1, [1]),
            lambda: self.assertIsInstance(1, str),
            lambda: self.assertNotIsInstance(1, int),
            lambda: self.assertLess(2, 1),
            lambda: self.assertLessEqual(2, 1),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertGreaterEqual(1, 2),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.1),
            lambda: self.assertNotAlmostEqual(1.0, 1.0000000001),
            lambda: self.assertNotAlmostEqual(1.0, 1.05, delta=0.1),
            lambda: self.assertAlmostEqual(1, 2, places=1, delta=1),
            lambda: self.assertRegex('abc', 'x+'),
            lambda: self.assertNotRegex('abc', 'b'),
            lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2]),
            lambda: self.assertCountEqual([[1]], [[2]]),
            lambda: self.assertCountEqual('aab', 'abc'),
            lambda: self.assertListEqual([1], (1,)),
            lambda: self.assertDictEqual([], {}),
            lambda: self.assertSequenceEqual([1, 2], [1, 2, 3, 4]),
            lambda: self.assertSequenceEqual((1, 2, 3), [1, 2]),
            lambda: self.assertSequenceEqual('ab', 'ac'),
            lambda: self.assertSequenceEqual([1, 2], (1, 2)),
            lambda: self.assertSequenceEqual(1, [1]),
            lambda: self.assertMultiLineEqual('a\nb', 'a\nc'),
            lambda: self.assertMultiLineEqual('one line', 'one lime'),
            lambda: self.assertEqual('x' * 100, 'x' * 99 + 'y'),
            lambda: self.assertEqual('a' * 30 + 'b' * 100, 'a' * 30 + 'c' * 100),
            lambda: self.assertEqual(list(range(100)), list(range(99)) + [0]),
            lambda: self.assertSetEqual({1}, [1]),
            lambda: self.assertSetEqual([1], {1}),
            lambda: self.assertSetEqual({1, 2}, {2, 3}),
            lambda: self.fail(),
            lambda: self.fail('failed!'),
            lambda: self.assertRaises(ValueError, int, '5'),
            lambda: self.assertRaises(ValueError, lambda: 1, bogus=1),
            lambda: self.assertRaises('x'),
            lambda: self.assertEqual({'k': 'v' * 50}, {'k': 'w' * 50}),
            lambda: self.assertTupleEqual((), (1,)),
            lambda: self.assertEqual(1.0, 1),
        ]
        for c in checks:
            try:
                c()
                print('no failure')
            except Exception as e:
                print(type(e).__name__ + ':', e)
                print('--')
        with self.assertRaises(ValueError) as cm:
            int('x')
        print('exception:', cm.exception)
        try:
            with self.assertRaises(KeyError, msg='custom'):
                pass
        except AssertionError as e:
            print('AE', e)
        try:
            with self.assertRaisesRegex(ValueError, 'zzz'):
                int('q')
        except AssertionError as e:
            print('AE', e)

    def test_long_message(self):
        self.longMessage = False
        try:
            self.assertEqual(1, 2, 'only this')
        except AssertionError as e:
            print('AE', e)
        self.longMessage = True
        self.maxDiff = None
        try:
            self.assertEqual(list(range(30)), list(range(1, 31)))
        except AssertionError as e:
            print('AE', e)
        self.maxDiff = 20
        try:
            self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
        except AssertionError as e:
            print('AE', e)


class Report(unittest.TestCase):
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
        with self.subTest('msg only'):
            pass
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_skip_inside(self):
        self.skipTest('inner reason')

    def test_sub_skip(self):
        with self.subTest(k='v'):
            self.skipTest('sub skipped')


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup broke')

    def test_never(self):
        pass


def run(test, verbosity):
    # The report without traceback frame lines (their layout is not compared).
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(test)
    for line in buf.getvalue().split('\n'):
        if not (line.startswith('Traceback') or line.startswith('  File')
                or line.startswith('    ')):
            print(line)
    return result


loader = unittest.TestLoader()
run(loader.loadTestsFromTestCase(Msgs), 2)
suite = unittest.TestSuite([loader.loadTestsFromTestCase(Report), loader.loadTestsFromTestCase(BrokenClass)])
result = run(suite, 2)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
run(loader.loadTestsFromTestCase(Report), 1)
run(loader.loadTestsFromTestCase(Report), 0)
