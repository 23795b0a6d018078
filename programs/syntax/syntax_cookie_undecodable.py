# coding: ascii
# Bytes the declared codec cannot decode make a SyntaxError ("encoding problem").
print("never")
x = "é"
