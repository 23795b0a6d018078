# The sieve of Eratosthenes with slice assignment, plus trial division,
# prime factorisation with divmod, and a few facts checked with all/any.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [n for n, flag in enumerate(is_prime) if flag]


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def factorise(n):
    factors = {}
    d = 2
    while n > 1 and d * d <= n:
        q, r = divmod(n, d)
        if r == 0:
            factors[d] = factors.get(d, 0) + 1
            n = q
        else:
            d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


primes = sieve(100)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:])
print(all(is_prime(p) for p in primes), any(is_prime(n) for n in range(24, 29)))
print([n for n in range(90, 110) if is_prime(n)])
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print("twin primes:", twins)
for n in [360, 97, 1001, 2 ** 16, 600851475143]:
    parts = factorise(n)
    text = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in parts.items())
    print(f"{n:>14,} = {text}")
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("largest gap below 100:", max(gaps), "after", primes[gaps.index(max(gaps))])
print("goldbach 100:", [(p, 100 - p) for p in primes if p <= 50 and is_prime(100 - p)])
