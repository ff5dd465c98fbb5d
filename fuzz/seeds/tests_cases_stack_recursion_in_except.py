# Checks: RecursionError caught deep inside the recursion, unwinding with finally blocks counting frames.
unwound = 0
def dive(n):
    global unwound
    try:
        return dive(n + 1)
    finally:
        unwound += 1
try:
    dive(0)
except RecursionError:
    print("caught at top; finally blocks ran:", 900 < unwound < 1000)
def catch_inside(n):
    try:
        return catch_inside(n + 1)
    except RecursionError:
        return n
print("caught inside at depth near limit", 900 < catch_inside(0) < 1000)
