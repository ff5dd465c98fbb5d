# Checks: uncaught AssertionError with and without a message.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(1))
try:
    assert False
except AssertionError as e:
    print("bare assert args", e.args)
check(-2)
