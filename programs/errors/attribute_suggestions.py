# AttributeError records the name and the object it was looked up on, as
# CPython's set_attribute_error_context does, and the traceback offers the
# closest attribute: on an instance, a module, a class and a built-in type.
import math


class Point:
    def __init__(self):
        self.value = 1


p = Point()
for get in (lambda: p.valeu, lambda: math.sqr, lambda: Point.valeu, lambda: [].apend):
    try:
        get()
    except AttributeError as e:
        print(e, "|", e.name, type(e.obj).__name__)

e = AttributeError("made by hand")
print(e.name, e.obj, AttributeError("x", name="n", obj=p).name)
try:
    p.valeu
except AttributeError as e:
    print(e.obj is p)
p.valeu
