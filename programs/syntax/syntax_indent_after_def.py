# A missing indented block after a def: CPython puts one caret under the first character of the line.
def f():
return 1
