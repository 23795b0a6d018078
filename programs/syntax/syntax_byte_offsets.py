# A file without a coding cookie or BOM: CPython's tokenizer has no encoding, so the SyntaxError offset counts UTF-8 bytes (the caret lands further right).
café = "crème" +
