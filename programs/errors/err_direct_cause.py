# Ends with an uncaught exception raised with "raise ... from ...", so the
# traceback shows "The above exception was the direct cause of the
# following exception:".


class ConfigError(Exception):
    pass


def read_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as error:
        raise ConfigError(f"bad port setting: {settings.get('port')!r}") from error


print(read_port({"port": "8080"}))
try:
    read_port({})
except ConfigError as error:
    print("caught:", error, "| cause:", type(error.__cause__).__name__, error.__cause__)
try:
    read_port({"port": "x"})
except ConfigError as error:
    print("suppressed context?", error.__suppress_context__)
try:
    raise ConfigError("no chain") from None
except ConfigError as error:
    print("from None:", error.__cause__, error.__suppress_context__)
read_port({"port": "eighty"})
