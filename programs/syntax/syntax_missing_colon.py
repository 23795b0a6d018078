# A syntax error: the if statement is missing its colon, so nothing runs
# and CPython reports the line with a caret.
print("this line never runs")
values = [3, 1, 2]
if len(values) > 2
    print("long list")
