# The printed SyntaxError (caret line included) for a walrus whose target is a tuple.
((a, b) := (1, 2))
