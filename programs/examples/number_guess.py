# An interactive guessing game driven by input() prompts; its answers come
# from number_guess.in. The prompts are written to stdout without a newline.

secret = sum(ord(c) for c in "refpy") % 97
print("I am thinking of a number between 0 and 99.")
name = input("Your name: ").strip() or "stranger"
print(f"Good luck, {name}!")
tries = 0
while True:
    answer = input(f"Guess #{tries + 1}: ")
    if answer.lower() in ("q", "quit"):
        print("You gave up. It was", secret)
        break
    if not answer.strip().lstrip("-").isdigit():
        print(f"{answer!r} is not a number")
        continue
    guess = int(answer)
    tries += 1
    if guess < secret:
        print("Too low.")
    elif guess > secret:
        print("Too high.")
    else:
        print(f"Yes! {secret} in {tries} {'try' if tries == 1 else 'tries'}.")
        break
again = input("Play again? ")
print("answer was", repr(again))
try:
    input("one more line? ")
except EOFError:
    print()
    print("EOFError: no more input")
