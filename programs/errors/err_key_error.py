# Ends with an uncaught KeyError from a dict subscript two levels deep.

config = {
    "server": {"host": "localhost", "port": 8080},
    "database": {"name": "app", "user": "admin"},
}


def setting(section, key):
    return config[section][key]


print(setting("server", "port"))
print(config.get("cache", {}).get("size", "default size"))
try:
    setting("server", "timeout")
except KeyError as error:
    print("KeyError caught:", error, repr(error), error.args)
print("password:", setting("database", "password"))
