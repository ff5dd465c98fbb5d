def div(a, b):
    q = a // b
    return q
print(div(7, 2))
try:
    div(1, 0)
except ZeroDivisionError as e:
    print("caught", e)
