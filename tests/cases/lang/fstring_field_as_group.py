# An f-string field is parsed as a parenthesized expression of its own (CPython
# 3.11 parses "(expr)"), so a bare yield, yield from, a tuple and a starred
# element inside a tuple all parse.
def gen():
    y = 3
    got = f'y:{yield y*2}'
    print("resumed with", repr(got))
    got = f'{yield}'
    print("bare yield gave", repr(got))
    got = f'{yield from sub()}'
    print("yield from gave", repr(got))

def sub():
    v = yield "sub"
    return v

g = gen()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration:
    print("done")

a, b = 1, [2, 3]
print(f'{a, *b}')
print(f'{a,}')
print(f'{ a , b }')
print(f'{(lambda: 5)()}')
print(f'{a if a else b}')
print(f'{"x" "y"}')
print(f'{3!=4}', f'{a=}', f'{a = }', f'{a=!s:>4}')
