# A syntax error: a string literal that is never closed.
greeting = "hello
print(greeting)
