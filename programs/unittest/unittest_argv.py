# unittest.main() reading its options from sys.argv (-v, -k, -f) and from argv=, a TestSuite run by TextTestRunner, the loader
import sys
import unittest


class Numbers(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_sub(self):
        self.assertEqual(5 - 3, 2)

    def test_mul_wrong(self):
        self.assertEqual(2 * 3, 5)


class Words(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("a".upper(), "A")


sys.argv = ["prog", "-v"]
try:
    unittest.main()
except SystemExit as e:
    print("exit", e.code)

try:
    unittest.main(argv=["prog", "-k", "add", "-k", "upper"])
except SystemExit as e:
    print("exit", e.code)

try:
    unittest.main(argv=["prog", "-f", "Numbers"], verbosity=2)
except SystemExit as e:
    print("exit", e.code)

try:
    unittest.main(argv=["prog", "Words.test_upper"], exit=True)
except SystemExit as e:
    print("exit", e.code)

loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(Numbers)
print(suite.countTestCases(), sorted(loader.getTestCaseNames(Numbers)))
runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2)
result = runner.run(unittest.TestSuite([Words("test_upper"), Numbers("test_mul_wrong")]))
print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors))
print(result)

prog = unittest.main(argv=["prog"], exit=False)
print(prog.result.wasSuccessful())
