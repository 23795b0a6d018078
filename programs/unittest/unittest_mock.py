# unittest.mock: Mock and MagicMock calls and assertions, side effects, spec, patch as decorator and context manager
import os
import unittest
from unittest import mock
from unittest.mock import MagicMock, Mock, call, patch, sentinel

m = Mock(return_value=3)
print(m(1, b=2), m.called, m.call_count, m.call_args)
m.assert_called_once_with(1, b=2)
m.method("x")
m.method("y")
print(m.method.call_args_list, m.mock_calls)
print(m.method.call_args_list == [call("x"), call("y")])
try:
    m.method.assert_called_once_with("x")
except AssertionError as e:
    print("AssertionError:", e)
try:
    m.assert_called_with(5)
except AssertionError as e:
    print("AssertionError:", e)

s = Mock(side_effect=[1, 2, KeyError("k")])
print(s(), s())
try:
    s()
except KeyError as e:
    print("KeyError", e)
f = Mock(side_effect=lambda x: x * 2)
print(f(21))

mm = MagicMock()
mm.__len__.return_value = 7
mm.__getitem__.side_effect = lambda k: k.upper()
print(len(mm), mm["abc"], bool(mm), list(iter(mm)), 3 in mm)
with mm as entered:
    print(entered is mm.__enter__.return_value)
mm.__enter__.assert_called_once_with()

spec = Mock(spec=["alpha"])
spec.alpha()
try:
    spec.beta
except AttributeError as e:
    print("AttributeError:", e)

print(sentinel.token is sentinel.token, sentinel.token)
m2 = Mock(name="thing")
print(repr(m2).split(" id=")[0], repr(m2.child).split(" id=")[0])
m2.configure_mock(**{"attr.value": 10, "fn.return_value": "r"})
print(m2.attr.value, m2.fn())
m2.reset_mock()
print(m2.fn.called)


class Greeter:
    def greet(self, name):
        return "hello " + name


with patch.object(Greeter, "greet", return_value="patched") as p:
    print(Greeter().greet("bob"), p.call_count)
print(Greeter().greet("bob"))

with patch("os.getcwd", return_value="/nowhere"):
    print(os.getcwd())
print(os.getcwd() != "/nowhere")


@patch("os.path.exists")
def check(mock_exists):
    mock_exists.return_value = True
    return os.path.exists("/surely/not"), mock_exists.call_args


print(check())

with patch.dict(os.environ, {"REFPY_TEST_VAR": "1"}):
    print(os.environ.get("REFPY_TEST_VAR"))
print(os.environ.get("REFPY_TEST_VAR"))


class UsesMock(unittest.TestCase):
    @patch.object(Greeter, "greet")
    def test_patched(self, greet):
        greet.return_value = "hi"
        self.assertEqual(Greeter().greet("x"), "hi")
        greet.assert_called_once_with("x")

    def test_fails(self):
        m = Mock()
        m(1)
        m.assert_called_once_with(2)


unittest.main(exit=False)
print(mock.ANY == 5)
