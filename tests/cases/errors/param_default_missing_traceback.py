# The printed SyntaxError (caret under the `=`) for a parameter with no default value.
def area(width, height=, depth):
    return width * height
