# Matrices as lists of lists: multiplication, transpose with zip(*m),
# identity via nested comprehensions, and a Matrix class with operators.


def transpose(m):
    return [list(row) for row in zip(*m)]


def multiply(a, b):
    columns = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]


def show(m, width=5):
    for row in m:
        print(" ".join(f"{v:{width}}" for v in row))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a)
print("transposed:")
show(transpose(a))
print("a x b:")
show(multiply(a, b), width=6)
identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(multiply(a, identity) == a)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @staticmethod
    def identity(n):
        return Matrix([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __mul__(self, other):
        if isinstance(other, Matrix):
            return Matrix(multiply(self.rows, other.rows))
        return Matrix([[v * other for v in row] for row in self.rows])

    def __rmul__(self, scalar):
        return self * scalar

    def __add__(self, other):
        return Matrix([[x + y for x, y in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, index):
        i, j = index
        return self.rows[i][j]

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[2, 0], [1, 3]])
print(m.shape, m[1, 1])
print(m * m)
print(3 * m, m * 0.5)
print(m + Matrix.identity(2))
print(m * Matrix.identity(2) == m, m == [[2, 0], [1, 3]])
power = Matrix.identity(2)
fib = Matrix([[1, 1], [1, 0]])
for _ in range(90):
    power = power * fib
print("fib(90) =", power[0, 1])
