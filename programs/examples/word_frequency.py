# Counts words read line by line with input() until EOF (stdin comes from
# word_frequency.in), then prints a frequency table sorted by count.

lines = []
while True:
    try:
        line = input()
    except EOFError:
        break
    lines.append(line)

print(f"read {len(lines)} lines")
counts = {}
longest = ""
for line in lines:
    for raw in line.split():
        word = raw.strip(".,;:!?\"'()").lower()
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
        if len(word) > len(longest) or (len(word) == len(longest) and word < longest):
            longest = word

total = sum(counts.values())
print(f"{total} words, {len(counts)} distinct, longest {longest!r}")
ranking = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
width = max(len(word) for word, _ in ranking[:10])
for rank, (word, n) in enumerate(ranking[:10], start=1):
    bar = "#" * n
    print(f"{rank:>2}. {word:<{width}} {n:>3} {n / total:6.1%} {bar}")

once = sorted(word for word, n in counts.items() if n == 1)
print("hapax legomena:", len(once), once[:5])
by_letter = {}
for word in counts:
    by_letter.setdefault(word[0], []).append(word)
for letter in sorted(by_letter)[:5]:
    print(letter, sorted(by_letter[letter]))
