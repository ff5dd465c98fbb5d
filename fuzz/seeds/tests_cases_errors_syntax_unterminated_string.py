# Checks: SyntaxError "unterminated string literal".
print("never printed")
s = 'abc
