# Checks: IndentationError "expected an indented block after function definition on line N".
def g():

x = 1
