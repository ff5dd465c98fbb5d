# print() writes to whatever sys.stdout is now: a StringIO put there by hand, nothing
# at all while it is None, and the terminal again once it is restored. divmod() and
# three-argument pow() ask a class's own __divmod__ / __pow__.
import io
import sys

saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("into the buffer", 42)
print("second line", end="!\n")
sys.stdout = None
print("nowhere")
sys.stdout = saved
print(repr(buf.getvalue()))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __divmod__(self, n):
        print("__divmod__ called")
        return Money(self.cents // n), Money(self.cents % n)

    def __rdivmod__(self, n):
        return ("rdivmod", n)

    def __pow__(self, e, mod=None):
        return ("pow", self.cents, e, mod)

    def __repr__(self):
        return f"Money({self.cents})"


print(divmod(Money(1001), 3), divmod(7, Money(1)))
print(pow(Money(5), 2), pow(Money(5), 2, 7))
