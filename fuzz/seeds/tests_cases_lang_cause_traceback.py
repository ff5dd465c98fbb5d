# Checks: uncaught exception raised "from" another prints "The above exception was the direct cause".
class ConfigError(Exception):
    pass
def read(d):
    return d["port"]
def configure(d):
    try:
        return read(d)
    except KeyError as e:
        raise ConfigError("no port configured") from e
print("configuring")
configure({})
