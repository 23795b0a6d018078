data = {"a": [1, 2, 3]}
def get(key, i):
    return data[key][i]
print(get("a", 1))
get("a", 10)
