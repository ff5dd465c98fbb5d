try:
    print('x'*5[0])
except Exception as ex:
    print(type(ex).__name__, ex)
x = [None[0] for _ in ()]
y = lambda: (1.5)[1:2]
z = {1}[0] if 0 else 0
print('ok')
