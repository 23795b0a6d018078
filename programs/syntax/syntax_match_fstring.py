# A value pattern is a literal or a dotted name, never an f-string:
# SyntaxError "patterns may only match literals and attribute lookups".
name = "world"
match "hello world":
    case f"hello {name}":
        print("greeting")
