# collections.defaultdict as tutorials use it: grouping into lists, counting with int, sets of neighbours, nested trees.
from collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter, dict(by_letter), by_letter["z"], len(by_letter))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
edges = [(1, 2), (1, 3), (2, 3), (3, 1)]
graph = defaultdict(set)
for a, b in edges:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})


def tree():
    return defaultdict(tree)


t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t), list(t["a"]))
scores = defaultdict(lambda: "N/A")
scores["ann"] = 90
print(scores["ann"], scores["bob"], dict(scores))
print(isinstance(by_letter, dict), by_letter.get("q"), "q" in by_letter)
