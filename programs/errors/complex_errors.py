# an uncaught error from complex(): the traceback and exit status CPython gives
def parse(text):
    return complex(text)


print(parse("(1+2j)"))
print(parse("1 + 2j"))
