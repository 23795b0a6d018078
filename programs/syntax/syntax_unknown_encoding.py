# coding: no-such-codec
# A coding cookie naming an unknown codec is a SyntaxError before anything runs.
print("never")
