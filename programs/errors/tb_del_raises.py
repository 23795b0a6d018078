class Bad:
    def __del__(self):
        raise ValueError("boom")
class Quiet:
    def __del__(self):
        1 / 0
b = Bad()
del b
q = Quiet()
q = None
class MyErr(Exception):
    pass
class Custom:
    def __del__(self):
        raise MyErr()
Custom()
print("still running")
