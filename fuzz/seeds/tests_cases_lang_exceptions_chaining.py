# Checks: exception chaining: __context__ (implicit), __cause__ (raise from), raise from None, custom hierarchy.
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
def load():
    try:
        {}["cfg"]
    except KeyError as e:
        raise AppError("config missing", 7) from e
try:
    load()
except AppError as e:
    print("caught", e, e.code, "cause", repr(e.__cause__), "suppress", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("implicit context", repr(e.__context__), "cause", e.__cause__)
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print("from None", e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise AppError("direct", 1)
except Exception as e:
    print("no chain", e.__context__, e.__cause__, isinstance(e, AppError))
