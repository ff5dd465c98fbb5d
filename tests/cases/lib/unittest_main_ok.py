# unittest.main() on passing, skipped and expected-failure tests: the dots line and the
# summary on stderr, exit status 0 through SystemExit. The clock is stubbed so the
# "Ran N tests in 0.000s" line is deterministic.
import time
import unittest

time.perf_counter = lambda: 0.0
log = []


class Account:
    def __init__(self, balance=0):
        self.balance = balance

    def withdraw(self, n):
        if n > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= n
        return self.balance


class TestAccount(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        self.acct = Account(100)
        log.append('setUp ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown')

    def test_withdraw(self):
        self.assertEqual(self.acct.withdraw(30), 70)
        self.assertEqual(self.acct.balance, 70)

    def test_overdraw(self):
        with self.assertRaises(ValueError) as cm:
            self.acct.withdraw(500)
        self.assertEqual(str(cm.exception), "insufficient funds")
        self.assertRaises(ValueError, self.acct.withdraw, 101)

    def test_asserts(self):
        self.assertTrue([1])
        self.assertFalse('')
        self.assertIs(None, None)
        self.assertIsNot(1, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, [1, 2])
        self.assertNotIn(3, {1: 2})
        self.assertIsInstance(1, int)
        self.assertNotIsInstance(1, str)
        self.assertNotEqual(1, 2)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([3, 1, 2, 1], [1, 1, 2, 3])
        self.assertEqual({'a': [1, 2]}, {'a': [1, 2]})
        self.assertEqual((1, 2), (1, 2))
        self.assertEqual({1, 2}, {2, 1})
        self.assertListEqual([1], [1])
        self.assertDictEqual({}, {})
        self.assertSequenceEqual([1, 2], (1, 2))

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 3)

    def test_cleanup(self):
        self.addCleanup(log.append, 'cleanup')

    @unittest.skip("not ready")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.skipIf(True, "condition holds")
    def test_skipped_if(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 0)


class TestOther(unittest.TestCase):
    def runTest(self):
        pass

    def test_a(self):
        self.assertEqual('ab' * 2, 'abab')


def tearDownModule():
    print(log)


if __name__ == '__main__':
    unittest.main()
