# Checks: IndentationError "expected an indented block after 'if' statement on line N".
x = 3
if x > 2:
print("big")
