# coding: utf-8
# A name holding a byte that is not UTF-8 (the tokenizer decodes names): the offset is where the tokenizer stands, after the name.
print("never")
abcÿdef = 1
