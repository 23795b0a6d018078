# Ends with an uncaught ZeroDivisionError inside a binary operation, so the
# traceback pins 3.11's ~~~^~~~ markers under the failing sub-expression.


def average(values):
    total = sum(values)
    return total / len(values)


def report(groups):
    for name, values in groups.items():
        print(f"{name}: {average(values):.2f}")


report({"week 1": [3, 4, 5], "week 2": [10, 20]})
scores = {"week 3": []}
report(scores)
print("not reached")
