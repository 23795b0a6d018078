# A recursive-descent parser and evaluator for arithmetic expressions that
# leans on exceptions: custom classes, raise ... from, re-raise, except (A, B).


class ParseError(Exception):
    def __init__(self, message, position):
        super().__init__(f"{message} at position {position}")
        self.position = position


class EvalError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.tokens = self.lex(text)
        self.pos = 0

    @staticmethod
    def lex(text):
        tokens, i = [], 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit() or ch == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                try:
                    tokens.append((float(text[i:j]) if "." in text[i:j] else int(text[i:j]), i))
                except ValueError as error:
                    raise ParseError(f"bad number {text[i:j]!r}", i) from error
                i = j
            elif ch in "+-*/%()^":
                tokens.append((ch, i))
                i += 1
            else:
                raise ParseError(f"unexpected {ch!r}", i)
        tokens.append((None, len(text)))
        return tokens

    def peek(self):
        return self.tokens[self.pos][0]
    def take(self, expected=None):
        token, where = self.tokens[self.pos]
        if expected is not None and token != expected:
            raise ParseError(f"expected {expected!r} but found {token!r}", where)
        self.pos += 1
        return token

    def parse(self):
        value = self.expression()
        if self.peek() is not None:
            raise ParseError(f"unexpected {self.peek()!r}", self.tokens[self.pos][1])
        return value

    def expression(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.power()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            right = self.power()
            try:
                if op == "*":
                    value = value * right
                elif op == "/":
                    value = value / right
                else:
                    value = value % right
            except ZeroDivisionError as error:
                raise EvalError(f"{op} by zero") from error
        return value

    def power(self):
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        if self.peek() == "(":
            self.take()
            value = self.expression()
            self.take(")")
            return value
        token = self.take()
        if not isinstance(token, (int, float)):
            raise ParseError(f"expected a number, found {token!r}", self.tokens[self.pos - 1][1])
        return token


def evaluate(text):
    try:
        return Parser(text).parse()
    except EvalError:
        print("  (evaluation failed, re-raising)")
        raise


for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "7 % 3 - -4", "10 / 4", "2 ^ 100",
             "1.5 * (2 + 0.5)", "8 / (3 - 3)", "5 % 0", "1 +", "(1 + 2", "3 $ 4", "1.2.3 + 1", "4 4"]:
    try:
        print(f"{text!r:>20} = {evaluate(text)!r}")
    except (ParseError, EvalError) as error:
        cause = error.__cause__
        extra = f" (caused by {type(cause).__name__}: {cause})" if cause else ""
        print(f"{text!r:>20} ! {type(error).__name__}: {error}{extra}")
        if isinstance(error, ParseError):
            print(" " * 22 + " " * (error.position + 1) + "^")
