x = 1
r = del x
print(f'{1}|{'a'}')
