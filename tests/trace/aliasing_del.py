a = [1, 2]
b = a
b.append(3)
del a
print(len(b))
del b
