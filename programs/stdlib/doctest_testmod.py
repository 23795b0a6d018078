# doctest.testmod() on this module: passing and failing examples, exceptions, ELLIPSIS and NORMALIZE_WHITESPACE, verbose output
import doctest


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add("a", "b")
    'ab'
    >>> [add(i, i) for i in range(4)]
    [0, 2, 4, 6]
    """
    return a + b


def wrong(n):
    """A docstring whose examples fail.

    >>> wrong(2)
    4
    >>> wrong(0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> wrong(1)
    Traceback (most recent call last):
    ValueError: nope
    """
    return 10 // n


def options():
    """Option flags.

    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> print("x")
    x
    <BLANKLINE>
    >>> 1 / 0
    Traceback (most recent call last):
      File "<stdin>", line 1
    ZeroDivisionError: division by zero
    """


class Counter:
    """
    >>> c = Counter()
    >>> c.bump(); c.bump()
    2
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        """
        >>> Counter().bump()
        1
        """
        self.n += 1
        return self.n


print(doctest.testmod())
print(doctest.testmod(verbose=True, report=True))
print(doctest.run_docstring_examples.__name__)
doctest.run_docstring_examples(add, {"add": add}, name="add")
parser = doctest.DocTestParser()
test = parser.get_doctest(">>> x = 2\n>>> x * 21\n42\n", {}, "inline", "inline.py", 0)
runner = doctest.DocTestRunner()
print(runner.run(test))
print(doctest.script_from_examples(">>> 1 + 1\n2\ntext\n"))
