# unittest's assertEqual failure messages: difflib diffs of long strings, lists, dicts, tuples, sets
import unittest


class Diffs(unittest.TestCase):
    maxDiff = None

    def test_multiline_str(self):
        a = "\n".join(f"line {i}" for i in range(12)) + "\n"
        b = a.replace("line 5", "line five").replace("line 9\n", "")
        self.assertEqual(a, b)

    def test_long_list(self):
        self.assertEqual(list(range(30)), list(range(30))[:-1] + [99])

    def test_list_lengths(self):
        self.assertListEqual([1, 2, 3], [1, 2, 3, 4, 5])

    def test_dict(self):
        self.assertEqual({"a": 1, "b": [1, 2], "c": "x" * 30}, {"a": 1, "b": [1, 3], "d": None})

    def test_tuple(self):
        self.assertTupleEqual((1, "two", 3.0), (1, "too", 3.0))

    def test_set(self):
        self.assertSetEqual({1, 2, 3}, {2, 3, 4})

    def test_truncated(self):
        self.maxDiff = 80
        self.assertEqual(["item %d" % i for i in range(40)], ["item %d" % i for i in range(1, 41)])

    def test_short_strings(self):
        self.assertEqual("spam", "eggs", "custom message")

    def test_long_message(self):
        self.longMessage = False
        self.assertNotEqual(1, 1, "only this")

    def test_multiline_equal(self):
        self.assertMultiLineEqual("a\nb\nc\n", "a\nB\nc\n")

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2, "x"], [1, 2, 2, "y"])

    def test_in_is(self):
        self.assertIn(5, [1, 2, 3])

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)


if __name__ == "__main__":
    unittest.main()
