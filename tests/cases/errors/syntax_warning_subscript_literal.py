# Compile-time SyntaxWarnings (CPython's check_subscripter), through exec so that the
# warning names `<string>` rather than the script's absolute path.
src = """
try:
    print('x'*5[0])
except Exception as ex:
    print(type(ex).__name__, ex)
x = [None[0] for _ in ()]
y = lambda: (1.5)[1:2]
z = {1}[0] if 0 else 0
w = 'abc'[1], (1, 2)[0], [1][0], {1: 2}[1]
print('ok')
"""
exec(src)
