# List and dict churn: building, indexing, updating and deleting entries,
# with int and str keys; exercises the container types and their resizing.

checksum = 0
for round in range(300):
    items = []
    for i in range(4000):
        items.append(i * 3 + round)
    for i in range(0, len(items), 2):
        items[i] = items[i] + items[-1 - i]
    del items[::3]
    checksum = (checksum + sum(items) + len(items)) % 1000000007

    table = {}
    for i in range(3000):
        table[i] = i + round
        table["k" + str(i % 500)] = i
    for i in range(0, 3000, 3):
        del table[i]
    for key in list(table):
        table[key] = table[key] * 2
    checksum = (checksum + len(table) + table["k7"] + table.get(1, -1)) % 1000000007
    table.clear()
print("list_dict_churn", checksum)
