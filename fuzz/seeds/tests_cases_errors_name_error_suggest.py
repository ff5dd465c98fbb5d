# Checks: uncaught NameError with CPython 3.11's "Did you mean" suggestion for a misspelled local.
def compute(values):
    result = 0
    for value in values:
        result += value
    return reslt
print("computing")
compute([1, 2])
