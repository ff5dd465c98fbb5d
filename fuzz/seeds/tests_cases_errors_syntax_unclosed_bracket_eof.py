# Checks: SyntaxError "'[' was never closed" when the file ends inside a list literal.
items = [1, 2,
    3, 4
print(items)
