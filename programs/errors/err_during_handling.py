# Ends with an exception raised inside an except block, so the traceback
# shows both, joined by "During handling of the above exception, another
# exception occurred:".


class Config:
    def __init__(self, values):
        self.values = values

    def get_int(self, key):
        try:
            return int(self.values[key])
        except KeyError:
            return self.values["defaults"][key]


config = Config({"retries": "3", "defaults": {"timeout": 30}})
print(config.get_int("retries"), config.get_int("timeout"))
try:
    try:
        1 / 0
    except ZeroDivisionError as error:
        raise RuntimeError("cleanup failed")
except RuntimeError as error:
    print("caught:", repr(error), "context:", repr(error.__context__))
print(config.get_int("port"))
