# Checks: uncaught ZeroDivisionError traceback through three functions; stdout before the error is kept.
def ratio(a, b):
    return a / b
def average(xs):
    return ratio(sum(xs), len(xs))
def report(xs):
    print("reporting", xs)
    return average(xs)
print(report([1, 2, 3]))
print(report([]))
print("not reached")
