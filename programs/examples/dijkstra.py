# Dijkstra's shortest paths with a hand-written binary min-heap class
# (sift up / sift down on a list of (distance, node) tuples).


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and items[child] < items[smallest]:
                    smallest = child
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


def dijkstra(graph, source):
    dist = {node: float("inf") for node in graph}
    previous = {source: None}
    dist[source] = 0
    heap = MinHeap()
    heap.push((0, source))
    pops = 0
    while heap:
        d, node = heap.pop()
        pops += 1
        if d > dist[node]:
            continue
        for neighbour, weight in graph[node].items():
            candidate = d + weight
            if candidate < dist[neighbour]:
                dist[neighbour] = candidate
                previous[neighbour] = node
                heap.push((candidate, neighbour))
    return dist, previous, pops


def route(previous, target):
    if target not in previous:
        return []
    path = []
    while target is not None:
        path.insert(0, target)
        target = previous[target]
    return path


roads = {
    "Amsterdam": {"Utrecht": 45, "Haarlem": 20, "Leiden": 44},
    "Haarlem": {"Amsterdam": 20, "Leiden": 32},
    "Leiden": {"Haarlem": 32, "Den Haag": 19, "Amsterdam": 44, "Utrecht": 60},
    "Den Haag": {"Leiden": 19, "Rotterdam": 27},
    "Rotterdam": {"Den Haag": 27, "Utrecht": 61, "Breda": 50},
    "Utrecht": {"Amsterdam": 45, "Rotterdam": 61, "Leiden": 60, "Arnhem": 64},
    "Arnhem": {"Utrecht": 64},
    "Breda": {"Rotterdam": 50},
    "Texel": {},
}

heap = MinHeap()
for value in [5, 3, 8, 1, 9, 2, 7]:
    heap.push(value)
print("heap sort:", [heap.pop() for _ in range(len(heap))])

dist, previous, pops = dijkstra(roads, "Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    d = dist[city]
    shown = f"{d:>4} km" if d != float("inf") else "unreachable"
    print(f"{city:<10} {shown:<11} {' -> '.join(route(previous, city))}")
print("heap pops:", pops)
far = max((c for c in dist if dist[c] < float("inf")), key=dist.get)
print("farthest reachable:", far, dist[far])
