# A syntax error: the body of a loop is indented inconsistently
# (IndentationError: unindent does not match any outer indentation level).
def total(items):
    result = 0
    for item in items:
        result += item
      return result


print(total([1, 2, 3]))
