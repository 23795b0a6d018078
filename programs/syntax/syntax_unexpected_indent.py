# A syntax error: a line indented for no reason (IndentationError:
# unexpected indent).
name = "refpy"
    print(name)
