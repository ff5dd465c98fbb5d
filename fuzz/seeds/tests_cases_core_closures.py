# Checks: closures capturing variables, late binding, counters via nonlocal, closures over loop variables.
def make_adder(n):
    def adder(x):
        return x + n
    return adder
add5 = make_adder(5)
print("adder", add5(1), make_adder(-1)(1))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print("counters", c1(), c1(), c1(), c2())
fs = [lambda: i for i in range(3)]
print("late binding", [f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print("default capture", [f() for f in fs])
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print("nested", outer())
def shared():
    v = []
    return (lambda x: v.append(x)), (lambda: v)
push, get = shared()
push(1); push(2)
print("shared cell", get())
print("cell count", len(add5.__closure__))
