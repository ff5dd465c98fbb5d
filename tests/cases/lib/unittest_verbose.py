# unittest.main(verbosity=2, exit=False): one line per test with its docstring's first
# line, skip reasons, subtests; then the result object.
import time
import unittest

time.perf_counter = lambda: 0.0


class Greeting(unittest.TestCase):
    def test_hello(self):
        """Says hello.

        More detail that is not shown."""
        self.assertEqual('hello'.upper(), 'HELLO')

    def test_split(self):
        self.assertEqual('a b'.split(), ['a', 'b'])

    @unittest.skipUnless(False, "needs a network")
    def test_network(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


@unittest.skip("whole class skipped")
class Later(unittest.TestCase):
    def test_one(self):
        pass


prog = unittest.main(verbosity=2, exit=False)
r = prog.result
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
      len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
print([(str(t), reason) for t, reason in r.skipped])
