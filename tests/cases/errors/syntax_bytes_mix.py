# Checks: adjacent bytes and str literals cannot be concatenated.
print("never printed")
x = b"abc" "def"
