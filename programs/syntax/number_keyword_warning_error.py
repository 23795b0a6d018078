# A number directly before a keyword (1if) is only a SyntaxWarning; under an "error" filter it becomes the tokenizer's SyntaxError, located at the number's last character.
import warnings
warnings.simplefilter("error")
for src in ["x = 1if 1 else 2\n", "x = [0x1for x in y]\n", "z = 1jor 2\n"]:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
