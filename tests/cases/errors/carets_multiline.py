# A call spanning lines is marked to the end of its first line; whole-line
# expressions get no marker line.
def f(a, b):
    return a // b


x = f(10,
      2)
y = [f(1, 0),
     3]
