x = 5
print(x is 1000, x is 2)
print(x is not "a")
print(None is x, x is (1, 2), x is -1, x is ())
