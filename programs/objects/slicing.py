# Slices on lists, strings and tuples: negative indices and steps,
# omitted bounds, slice assignment and deletion, and a __getitem__ that
# receives slice objects.

letters = list("abcdefghij")
print(letters[2:5], letters[:3], letters[7:], letters[-3:], letters[:-7], letters[-4:-1])
print(letters[::2], letters[1::3], letters[::-1], letters[::-2], letters[8:2:-2], letters[-1:-4:-1])
print(letters[5:2], letters[100:], letters[-100:2], letters[2:5:-1], letters[::-1][:3])
word = "refcounting"
print(word[::-1], word[3:8], word[-5:], word[::3], word[len(word):0:-4], word[:0] == "")
print((0, 1, 2, 3, 4)[1:4], (0, 1, 2, 3, 4)[::-2], range(10)[2:8:3], list(range(10)[::-3]))
palindromes = [w for w in ["level", "heap", "racecar", "gc", "noon"] if w == w[::-1]]
print(palindromes)

numbers = list(range(10))
numbers[2:5] = ["two", "three"]
print(numbers)
numbers[:0] = [-2, -1]
print(numbers)
numbers[-2:] = []
print(numbers)
numbers[::2] = "ABCDE"
print(numbers)
del numbers[1::2]
print(numbers)
del numbers[:2]
print(numbers, len(numbers))
try:
    numbers[::2] = [1, 2, 3, 4]
except ValueError as error:
    print("ValueError:", error)
copy = letters[:]
copy[0] = "Z"
print(letters[0], copy[0], copy is letters)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in matrix[::-1]], [row[1] for row in matrix], matrix[1][-1])


class Sequence:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.n)
            print(f"  slice({key.start}, {key.stop}, {key.step}) -> indices {start}, {stop}, {step}")
            return [self[i] for i in range(start, stop, step)]
        if key < 0:
            key += self.n
        if not 0 <= key < self.n:
            raise IndexError("Sequence index out of range")
        return key * key


squares = Sequence(8)
print(squares[3], squares[-1])
print(squares[2:6])
print(squares[::-3])
print(squares[-3:])
s = slice(1, None, 2)
print(letters[s], s.start, s.stop, s.step, "abcdef"[s])
