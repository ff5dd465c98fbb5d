# '...' % (args,) with only %s/%r/%a is an f-string to CPython's optimiser: the
# failing repr is marked on its argument.
class Bad:
    def __repr__(self):
        raise ValueError("no repr for you")


print("%s and %r" % ("ok", [1, 2]))
print("%-6s|%5s|%.2s|%%" % ("ab", "cd", "efg"))
print("value: %r" % (Bad(),))
