# sys.settrace in class bodies: the class line, each statement, a final `pass`
# (its line is reported before the body returns), methods defined and called.
import sys


def tr(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tr


def make():
    class TL:
        def method(self):
            pass

        pass

    class P:
        x = 1

        @property
        def v(self):
            return self.x

    return TL().method(), P().v


sys.settrace(tr)
print(make())
sys.settrace(None)
