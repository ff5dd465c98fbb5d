# Checks: SyntaxError "'(' was never closed".
print("never printed")
total = (1 + 2
