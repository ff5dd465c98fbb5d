# A script whose f-string field does not parse: the traceback shows the
# "(expr)" fragment CPython parsed, with the caret in it.
x = 1
y = f"{x} and {x y}"
