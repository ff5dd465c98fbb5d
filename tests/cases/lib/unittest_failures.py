# unittest failure messages: the report is written to a StringIO and printed without
# the traceback lines (File/source lines), so only the messages are compared.
import io
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class Messages(unittest.TestCase):
    def test_int(self):
        self.assertEqual(1, 2)

    def test_msg(self):
        self.assertEqual(1, 2, "custom message")

    def test_short_message(self):
        self.longMessage = False
        self.assertEqual(1, 2, "only this")

    def test_str(self):
        self.assertEqual("hello world", "hello there")

    def test_multiline_str(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")

    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_list_longer(self):
        self.assertEqual([1, 2, 3], [1, 2])

    def test_list_shorter(self):
        self.assertEqual([1], [1, 2, 3])

    def test_tuple(self):
        self.assertEqual((1, 'a'), (1, 'b'))

    def test_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    def test_set(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_long_list(self):
        self.assertEqual(list(range(40)), list(range(39)) + [99])

    def test_long_list_no_limit(self):
        self.maxDiff = None
        self.assertEqual(list(range(30)), list(range(29)) + [99])

    def test_long_str(self):
        self.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b')

    def test_mixed_types(self):
        self.assertEqual(1, '1')

    def test_true(self):
        self.assertTrue(0)

    def test_false(self):
        self.assertFalse([1])

    def test_is(self):
        self.assertIs(None, 1)

    def test_is_not(self):
        self.assertIsNot(None, None)

    def test_is_none(self):
        self.assertIsNone(3)

    def test_is_not_none(self):
        self.assertIsNotNone(None)

    def test_in(self):
        self.assertIn(3, [1, 2])

    def test_not_in(self):
        self.assertNotIn(1, [1, 2])

    def test_isinstance(self):
        self.assertIsInstance(1, str)

    def test_not_isinstance(self):
        self.assertNotIsInstance(1, int)

    def test_not_equal(self):
        self.assertNotEqual(1, 1)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_places(self):
        self.assertAlmostEqual(1.0, 1.01, places=3)

    def test_almost_delta(self):
        self.assertAlmostEqual(1.0, 1.5, delta=0.1)

    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.00000001)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_greater_equal(self):
        self.assertGreaterEqual(1, 2)

    def test_less(self):
        self.assertLess(2, 1)

    def test_less_equal(self):
        self.assertLessEqual(2, 1)

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2, 'a'], [1, 2, 2, 'b'])

    def test_count_equal_unhashable(self):
        self.assertCountEqual([[1], [2]], [[1], [3]])

    def test_fail(self):
        self.fail("explicit failure")

    def test_fail_bare(self):
        self.fail()

    def test_raises_nothing(self):
        with self.assertRaises(ValueError):
            pass

    def test_raises_nothing_msg(self):
        with self.assertRaises(ValueError, msg="wanted a ValueError"):
            pass

    def test_raises_callable(self):
        self.assertRaises(KeyError, len, [])

    def test_raises_tuple(self):
        with self.assertRaises((KeyError, IndexError)):
            pass

    def test_raises_other(self):
        with self.assertRaises(KeyError):
            raise ValueError("a different error")

    def test_error(self):
        {}['missing']

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, even=True):
                self.assertEqual(i % 2, 0)

    def test_subtest_msg(self):
        with self.subTest("labelled"):
            self.fail("inside")


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")

    def test_never(self):
        pass


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("setup broke")

    def test_x(self):
        pass


def report(text):
    for line in text.splitlines():
        if line.startswith('  ') or line.startswith('Traceback'):
            continue
        print(line)


for verbosity in (1, 0):
    buf = io.StringIO()
    prog = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=verbosity))
    report(buf.getvalue())
    print(prog.result)

# Run by name from argv, failfast, then the exit status of a failing run.
buf = io.StringIO()
unittest.main(argv=['prog', '-f', 'Messages'], exit=False,
              testRunner=unittest.TextTestRunner(stream=buf, failfast=True))
report(buf.getvalue())
buf = io.StringIO()
try:
    unittest.main(argv=['prog', '-k', 'almost'], testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
except SystemExit as e:
    print('SystemExit', repr(e.code))
report(buf.getvalue())
buf = io.StringIO()
unittest.main(argv=['prog', 'Messages.test_in', 'Messages.test_is'],
              testRunner=unittest.TextTestRunner(stream=buf))
