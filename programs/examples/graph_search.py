# Breadth-first and depth-first search over a graph stored as a dict of
# adjacency lists; shortest paths, connected components, cycle detection.

EDGES = [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D"), ("D", "E"), ("E", "F"),
         ("C", "F"), ("G", "H"), ("H", "I"), ("I", "G"), ("J", "J")]


def build(edges, directed=False):
    graph = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, [])
        if not directed and a != b:
            graph[b].append(a)
    return graph


def bfs(graph, start):
    order, parent = [start], {start: None}
    queue, head = [start], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for neighbour in graph[node]:
            if neighbour not in parent:
                parent[neighbour] = node
                order.append(neighbour)
                queue.append(neighbour)
    return order, parent


def path_to(parent, target):
    if target not in parent:
        return None
    path = []
    while target is not None:
        path.append(target)
        target = parent[target]
    return path[::-1]


def dfs(graph, node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for neighbour in graph[node]:
        if neighbour not in seen:
            dfs(graph, neighbour, seen)
    return seen


def dfs_iterative(graph, start):
    seen, stack = [], [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.append(node)
        stack.extend(reversed(graph[node]))
    return seen


def components(graph):
    assigned, groups = set(), []
    for node in graph:
        if node not in assigned:
            group = dfs(graph, node)
            assigned.update(group)
            groups.append(sorted(group))
    return groups


def has_cycle(graph):
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {node: WHITE for node in graph}

    def visit(node):
        colour[node] = GREY
        for n in graph[node]:
            if colour[n] == GREY or (colour[n] == WHITE and visit(n)):
                return True
        colour[node] = BLACK
        return False

    return any(colour[node] == WHITE and visit(node) for node in graph)


graph = build(EDGES)
for node, neighbours in graph.items():
    print(f"{node}: {' '.join(neighbours) or '-'}")
order, parent = bfs(graph, "A")
print("bfs from A:", order)
print("path A->F:", path_to(parent, "F"), "A->G:", path_to(parent, "G"))
print("dfs from A:", dfs(graph, "A"))
print("dfs (stack):", dfs_iterative(graph, "A"))
print("components:", components(graph))
dag = build([("shirt", "tie"), ("tie", "jacket"), ("trousers", "shoes"), ("trousers", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")], directed=True)
print("dag has cycle:", has_cycle(dag), "| with back edge:", has_cycle(build([("a", "b"), ("b", "a")], True)))


def topological(graph):
    done, order = set(), []

    def visit(node):
        if node in done:
            return
        done.add(node)
        for n in graph[node]:
            visit(n)
        order.append(node)

    for node in graph:
        visit(node)
    return order[::-1]


print("dress order:", topological(dag))
