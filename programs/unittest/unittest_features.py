# unittest at verbosity 2: assertRaises as a context manager, subTest, skips, expected failures, fixtures, cleanups
import unittest

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_a_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")
        with self.assertRaisesRegex(ValueError, r"invalid literal .* 'x'"):
            int("x")
        self.assertRaises(KeyError, {}.__getitem__, "k")

    def test_b_raises_not(self):
        with self.assertRaises(TypeError):
            pass

    def test_c_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    @unittest.skip("not today")
    def test_d_skipped(self):
        raise AssertionError("never")

    def test_e_skip_inside(self):
        self.skipTest("inside")

    @unittest.skipIf(True, "condition held")
    def test_f_skipif(self):
        pass

    @unittest.expectedFailure
    def test_g_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_h_unexpected_success(self):
        pass

    def test_i_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", DeprecationWarning)

    def test_j_docstring(self):
        """The first line of the docstring shows at verbosity 2."""
        self.assertTrue(True)


class Other(unittest.TestCase):
    def test_ok(self):
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertGreater(2, 1)
        self.assertRegex("hello", "l+")


if __name__ == "__main__":
    try:
        unittest.main(verbosity=2)
    except SystemExit as e:
        print("exit", e.code)
    for entry in log:
        print(entry)
