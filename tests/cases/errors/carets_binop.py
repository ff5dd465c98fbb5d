# 3.11's marker lines: a binary operation (~ operands, ^ operator) through a call.
def add(a, b):
    return (a) +   b


print(add(1, 2))
total = add(1, "x") * 2
