# A syntax error: a parenthesis opened on one line and never closed.
total = sum([1, 2, 3]
print("total is", total)
x = 1
