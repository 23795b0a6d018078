# collections.deque as tutorials use it: a queue and a stack, a sliding window with maxlen, breadth-first search, palindromes, rotating a playlist, recent history.
from collections import deque

queue = deque(["Eric", "John", "Michael"])
queue.append("Terry")
queue.append("Graham")
print(queue.popleft(), queue.popleft(), queue)
stack = deque()
for n in range(3):
    stack.append(n)
print(stack.pop(), stack)


def moving_average(values, k):
    window = deque(maxlen=k)
    out = []
    for v in values:
        window.append(v)
        if len(window) == k:
            out.append(sum(window) / k)
    return out


print(moving_average([40, 30, 50, 46, 39, 44], 3))
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}


def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


print(bfs("A"))


def is_palindrome(word):
    d = deque(c.lower() for c in word if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True


print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("deque"))
playlist = deque(["song1", "song2", "song3", "song4"])
playlist.rotate(1)
print(playlist)
playlist.rotate(-2)
print(playlist, playlist[0], playlist[-1])
history = deque(maxlen=3)
for page in ["home", "about", "blog", "contact", "shop"]:
    history.append(page)
print(history, list(history), history.maxlen)
print(deque(range(5)), deque("hello"), deque(reversed([1, 2, 3])))
d = deque([1, 2, 3])
d.extendleft([0, -1])
print(d, d.index(2), d.count(3), 3 in d)
d.clear()
print(d, len(d))
