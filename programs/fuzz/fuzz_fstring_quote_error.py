# A quote inside an f-string replacement field that closes the f-string (not allowed before 3.12), after a non-ASCII string: the SyntaxError's caret (found by test/fuzz).
x = (lambda: f"{"Ωmega"!a}{"b":.3}")
