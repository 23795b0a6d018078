# Ends with an uncaught IndexError: an off-by-one loop over a list.

primes = [2, 3, 5, 7, 11]
print(primes[-1], primes[len(primes) - 1], primes[1:100])
try:
    (1, 2, 3)[3]
except IndexError as error:
    print("IndexError caught:", error)
try:
    "abc"[10]
except IndexError as error:
    print("IndexError caught:", error)
try:
    [].pop()
except IndexError as error:
    print("IndexError caught:", error)
differences = []
for i in range(len(primes)):
    differences.append(primes[i + 1] - primes[i])
print(differences)
