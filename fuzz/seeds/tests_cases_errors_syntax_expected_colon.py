# Checks: SyntaxError "expected ':'" — nothing runs, exit status 1.
print("never printed")
def f(x)
    return x
