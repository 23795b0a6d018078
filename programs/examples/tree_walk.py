# Recursive walks over a nested structure (a directory tree as dicts and
# lists): depth-first printing, sizes, searching with generators.

tree = {
    "name": "project",
    "children": [
        {"name": "README.md", "size": 1200},
        {"name": "src", "children": [
            {"name": "main.py", "size": 4300},
            {"name": "util.py", "size": 800},
            {"name": "models", "children": [
                {"name": "user.py", "size": 2100},
                {"name": "order.py", "size": 3050},
            ]},
        ]},
        {"name": "tests", "children": [
            {"name": "test_main.py", "size": 1500},
        ]},
        {"name": "empty", "children": []},
    ],
}


def is_dir(node):
    return "children" in node


def total_size(node):
    if not is_dir(node):
        return node["size"]
    return sum(total_size(child) for child in node["children"])


def show(node, depth=0):
    marker = "/" if is_dir(node) else ""
    print(f"{'    ' * depth}{node['name']}{marker} ({total_size(node):,} bytes)")
    for child in node.get("children", []):
        show(child, depth + 1)


def walk(node, path=""):
    here = f"{path}/{node['name']}"
    yield here, node
    for child in node.get("children", []):
        yield from walk(child, here)


def depth(node):
    if not is_dir(node) or not node["children"]:
        return 1
    return 1 + max(depth(child) for child in node["children"])


show(tree)
print("depth:", depth(tree))
python_files = [path for path, node in walk(tree) if path.endswith(".py")]
print(python_files)
largest = max((node["size"], path) for path, node in walk(tree) if not is_dir(node))
print("largest:", largest)
empty_dirs = [path for path, node in walk(tree) if is_dir(node) and not node["children"]]
print("empty:", empty_dirs)


def count_by_extension(node, counts=None):
    if counts is None:
        counts = {}
    if is_dir(node):
        for child in node["children"]:
            count_by_extension(child, counts)
    else:
        extension = node["name"].rsplit(".", 1)[-1]
        counts[extension] = counts.get(extension, 0) + 1
    return counts


print(count_by_extension(tree))
