# An uncaught TypeError raised by a class pattern at run time: the
# traceback points at the class pattern (MATCH_CLASS's position), as
# CPython 3.11's does.
class Config:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


def load(entry):
    match entry:
        case Config(name, "extra"):
            return name
        case _:
            return None


print(load(1))
print(load(Config("x")))
