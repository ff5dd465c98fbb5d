# Checks: uncaught RecursionError traceback with "[Previous line repeated N more times]" and exit status 1.
def forever(n):
    return forever(n + 1)
print("start")
forever(0)
