# A syntax error: assigning to a function call, with 3.11's hint about
# "==" instead of "=".
def score():
    return 10


score() = 5
