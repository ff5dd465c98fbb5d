print(f'{-0.0:d}|{'AbC'!r}')
print(f'{1.5:#o}|{'\n\t'!r}')
