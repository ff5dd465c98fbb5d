# unittest: errors in tearDown, cleanups, tearDownClass and tearDownModule, module
# fixtures, long diffs cut at maxDiff, type checks of the typed asserts, nested and
# skipped subtests, expected failure of an error, chained errors. Stack lines filtered.
import sys
import io, unittest, time
time.perf_counter = lambda: 0.0
log = []
def setUpModule():
    log.append('setUpModule')
def tearDownModule():
    log.append('tearDownModule')
    raise ValueError("module teardown broke")

class A(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("tdc")
    def tearDown(self):
        if self._testMethodName == 'test_td':
            raise RuntimeError("teardown broke")
    def test_td(self):
        pass
    def test_cleanup_err(self):
        def bad():
            raise OSError("cleanup broke")
        self.addCleanup(bad)
        self.addCleanup(log.append, 'second cleanup runs first')
    def test_long_str(self):
        self.assertEqual("\n".join(str(i) for i in range(200)), "\n".join(str(i) for i in range(1, 201)))
    def test_long_str_nolimit(self):
        self.maxDiff = None
        self.assertEqual("line1\nline2\nline3\n", "line1\nlineX\nline3\nline4\n")
    def test_dict_type(self):
        self.assertDictEqual([], {})
    def test_str_type(self):
        self.assertMultiLineEqual("a", 1)
    def test_seq_type(self):
        self.assertListEqual((1,), [1])
    def test_nested(self):
        self.assertEqual({'a': [1, {'b': 2}], 'c': 'x' * 30}, {'a': [1, {'b': 3}], 'c': 'x' * 30})
    @unittest.expectedFailure
    def test_xfail_error(self):
        raise ZeroDivisionError
    def test_chained(self):
        try:
            {}['k']
        except KeyError as e:
            raise ValueError("wrapped") from e
    def test_sub_nested(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                self.assertTrue(False)
    def test_sub_skip(self):
        with self.subTest(x=1):
            self.skipTest("sub skip")
    def test_raises_context(self):
        with self.assertRaises(ValueError) as cm:
            raise ValueError("xyz")
        self.assertIsNone(cm.exception.__traceback__)
        self.assertEqual(cm.exception.args, ("wrong",))
    def test_almost_not(self):
        self.assertNotAlmostEqual(1.0, 1.0 + 1e-9, delta=0.1)
    def test_set_types(self):
        self.assertSetEqual({1}, [1])
    def test_count_long(self):
        self.assertCountEqual(list(range(100)), list(range(1, 101)))

class Empty(unittest.TestCase):
    pass

class B(unittest.TestCase):
    def test_x(self):
        self.assertIn('a', 'xyz', msg='where is it')

def report(text):
    for line in text.splitlines():
        if line.startswith('  File') or line.startswith('    ') or line.startswith('Traceback'):
            continue
        print(line)


for v in (1, 2):
    buf = io.StringIO()
    p = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=v))
    report(buf.getvalue())
    print(log); log.clear()
buf = io.StringIO()
try:
    unittest.main(argv=['x', '-q'], defaultTest='B', testRunner=unittest.TextTestRunner(stream=buf, verbosity=0))
except SystemExit as e:
    print('exit', e.code)
report(buf.getvalue())
