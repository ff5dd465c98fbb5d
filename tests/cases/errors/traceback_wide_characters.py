# Checks: traceback marker lines measure wide characters (CJK, emoji, fullwidth forms)
# as two terminal columns, in the interpreter's report and the traceback module's.
import traceback


def divide():
    说明说明 = 1
    şçöğıĤellö = 0
    return 说明说明 / şçöğıĤellö


def call_wide():
    return "✨🐍" + 函数("📗🚛")


def 函数(x):
    return x + 1


for f in (divide, call_wide):
    try:
        f()
    except Exception:
        traceback.print_exc()
divide()
