x = 1; y = "café"  # A UTF-8 BOM, then a byte that is not UTF-8 in a str literal: the line is read back with its BOM.
