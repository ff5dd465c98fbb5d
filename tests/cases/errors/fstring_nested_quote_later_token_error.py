x = 1
print(f'{True:#o}|{'hello'!r}')
print(f'{1}|{'a'}')
y = 'x'*5.casefold()
