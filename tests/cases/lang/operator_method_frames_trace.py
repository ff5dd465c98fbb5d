# Tracing switched on and off inside operator methods that run as frames of the loop.
import sys
def tr(frame, ev, arg):
    if frame.f_code.co_name in ("__eq__", "__add__", "main"):
        print(ev, frame.f_code.co_name, frame.f_lineno)
    return tr
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o):
        sys.settrace(tr)
        return NotImplemented
    def __add__(self, o):
        sys.settrace(None)
        return V(self.x + o.x)
def main():
    a, b = V(1), V(2)
    r = a == b
    print(r)
    c = a + b
    print(c.x)
    print(a != b)
main()
sys.settrace(None)
