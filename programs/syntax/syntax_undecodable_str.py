# -*- coding: utf-8 -*-
# A str literal holding a byte that is not UTF-8 in a file declared UTF-8: the decoder's error as a SyntaxError located at the token after the literal.
print("never")
x = "abcÿþd"
