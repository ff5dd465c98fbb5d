# dir() with no argument in code whose locals are a mapping that is not an exact
# dict: the mapping's keys() is called and the result sorted (CPython's
# PyMapping_Keys), whatever the keys are.


class Keys(dict):
    def __getitem__(self, k):
        return dir

    def keys(self):
        return iter([6, 5])


print(eval("dir()", {}, Keys()))


class Scope:
    def __init__(self):
        self.d = {"b": 1, "a": 2}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def keys(self):
        return self.d.keys()


s = Scope()
exec("c = 3\nprint(dir())", {}, s)
print(eval("dir()", {}, {"z": 1, "y": 2}))


class NoKeys:
    def __getitem__(self, k):
        raise KeyError(k)


try:
    eval("dir()", {}, NoKeys())
except AttributeError as e:
    print("AttributeError:", e)
