x = (1, 2 +)  # A UTF-8 BOM and a SyntaxError on line 1: the quoted line keeps the BOM and the caret shifts.
