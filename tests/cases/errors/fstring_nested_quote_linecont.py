print('start')
print(f'{1:>3}|{'\n\t'!r}')
