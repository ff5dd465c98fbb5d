# Checks: uncaught exception with implicit chaining prints both tracebacks with the "During handling" line.
def parse(s):
    return int(s)
def load(s):
    try:
        return parse(s)
    except ValueError:
        raise KeyError("bad value: " + s)
print("start")
load("abc")
