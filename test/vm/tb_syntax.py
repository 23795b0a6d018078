print("never")
x = (1 +
def f(:
