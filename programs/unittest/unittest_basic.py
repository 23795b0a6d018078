# unittest.main(): a passing, a failing and an erroring test; the report on stderr and SystemExit(1)
import unittest

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_err(self):
        raise ValueError("boom")

unittest.main()
