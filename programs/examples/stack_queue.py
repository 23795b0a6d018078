# Stack and Queue classes: __len__, __bool__, __repr__, __iter__, custom
# empty-container errors, and a queue built from two stacks.


class EmptyError(Exception):
    """Raised when taking from an empty container."""


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __iter__(self):
        return reversed(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


class Queue:
    """FIFO from two stacks: amortised O(1) per operation."""

    def __init__(self):
        self._in = Stack()
        self._out = Stack()

    def enqueue(self, item):
        self._in.push(item)

    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.push(self._in.pop())
        if not self._out:
            raise EmptyError("dequeue from empty queue")
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)

    def __repr__(self):
        return f"Queue(in={self._in!r}, out={self._out!r})"


s = Stack()
print(bool(s), len(s), s.peek())
for word in "to be or not".split():
    s.push(word)
print(s, bool(s), len(s), s.peek())
print(list(s))
print(s.pop(), s.pop(), s)
try:
    while True:
        print("popped", s.pop())
except EmptyError as error:
    print("EmptyError:", error)

q = Queue()
for n in range(1, 4):
    q.enqueue(n)
print(q.dequeue(), q)
q.enqueue(4)
print(q, len(q))
print([q.dequeue() for _ in range(len(q))])
try:
    q.dequeue()
except EmptyError as error:
    print(type(error).__name__, error, isinstance(error, Exception))


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = Stack()
    for ch in text:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


for text in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(f"{text!r:12} balanced={balanced(text)}")
