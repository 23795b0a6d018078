def outer():
    def inner():
        return val
    try:
        inner()
    except NameError as e:
        print(e.name)
    inner()
    val = 1
outer()
