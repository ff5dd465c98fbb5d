# Checks: SyntaxError "invalid syntax" for two adjacent expressions.
print("never printed")
x = 1 2
