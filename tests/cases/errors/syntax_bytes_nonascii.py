# Checks: a non-ASCII character in a bytes literal is a SyntaxError.
print("never printed")
x = b"caf\u00e9 é"
