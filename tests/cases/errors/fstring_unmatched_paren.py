print(f'{float('-inf'):010}|{'x'*5!r}')
