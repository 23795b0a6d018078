# Bubble, merge and quick sort written out, checked against sorted(),
# plus sorted() with key/reverse and stability on records.


def bubble_sort(items):
    items = list(items)
    swaps = 0
    for end in range(len(items) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if items[i] > items[i + 1]:
                items[i], items[i + 1] = items[i + 1], items[i]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return items, swaps


def merge_sort(items):
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    left, right = merge_sort(items[:middle]), merge_sort(items[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged += right[j:]
    return merged


def quick_sort(items):
    if len(items) < 2:
        return items
    pivot, *rest = items
    smaller = [x for x in rest if x < pivot]
    larger = [x for x in rest if x >= pivot]
    return quick_sort(smaller) + [pivot] + quick_sort(larger)


def insertion_sort(items):
    items = items[:]
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = key
    return items


data = [38, 27, 43, 3, 9, 82, 10, 3, -4, 0, 55]
print("input   ", data)
print("bubble  ", *bubble_sort(data))
print("merge   ", merge_sort(data))
print("quick   ", quick_sort(data))
print("insert  ", insertion_sort(data))
print("builtin ", sorted(data), sorted(data, reverse=True)[:3])
print(all(f(data) == sorted(data) for f in (merge_sort, quick_sort, insertion_sort)))
print(bubble_sort([1, 2, 3, 4])[1], "swaps on sorted input")

words = ["banana", "Apple", "cherry", "apple", "Date", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
print(merge_sort(words) == sorted(words), quick_sort(list("refcount")))

people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
by_age = sorted(people, key=lambda p: p[1])
print("stable:", by_age)
print(sorted(people, key=lambda p: -p[1]))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: (p[1], p[0])))
print(sorted([3.5, -1, 2, 0.25, True]), sorted("hello"), sorted((3, 1, 2)))
