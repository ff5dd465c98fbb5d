# Checks: uncaught RecursionError through a bound method calling itself via another object.
class Walker:
    def __init__(self):
        self.other = None
    def walk(self, n):
        return self.other.walk(n + 1)
a, b = Walker(), Walker()
a.other, b.other = b, a
a.walk(0)
