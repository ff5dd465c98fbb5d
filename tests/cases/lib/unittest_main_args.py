# unittest.main's command line: -h (help, exit 0), unknown options and a missing
# -k value (usage error, exit 2), -k patterns (substring or wildcard), test names,
# -q, -f and exit=False.
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class A(unittest.TestCase):
    def test_alpha(self):
        pass

    def test_beta(self):
        self.assertEqual(1, 1)

    def test_gamma_x(self):
        pass


for argv in (['prog', '-h'], ['prog', '--nope'], ['prog', '-k'],
             ['prog', '-v', '-k', 'gamma'], ['prog', '-v', '-kalp', '-k', '*beta'],
             ['prog', '-v', 'A.test_alpha', 'A.test_gamma_x'], ['prog', '-q'],
             ['prog', '-f', '-v']):
    print('argv:', argv, flush=True)
    unittest.defaultTestLoader.testNamePatterns = None
    try:
        unittest.main(argv=argv)
    except SystemExit as e:
        print('exit', e.code, flush=True)
    sys.stderr.flush()
prog = unittest.main(argv=['prog'], exit=False)
print(prog.result.testsRun, prog.result.wasSuccessful())
