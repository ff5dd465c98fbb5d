# traceback.format_exc() in 3.11 has no "Did you mean" hint (only the interpreter's own
# printer adds it), for NameError and AttributeError alike.
import traceback

class Box:
    def __init__(self):
        self.content = 1

def use(values):
    return valuse

for thunk in [lambda: use(1), lambda: Box().contnt, lambda: lenn([])]:
    try:
        thunk()
    except Exception:
        print(traceback.format_exc().splitlines()[-1])
try:
    raise NameError("custom")
except NameError:
    print(traceback.format_exc().splitlines()[-1])
