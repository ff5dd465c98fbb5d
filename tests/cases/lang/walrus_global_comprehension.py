# An assignment expression in a comprehension binds in the enclosing function, or
# globally when that function declared the name global.

def scope_local():
    print([last := i * 2 for i in range(3)])
    return last


def scope_global():
    global g
    print([g := i for i in range(4)])
    return "g" in globals()


def scope_nonlocal():
    x = 0

    def inner():
        nonlocal x
        return [x := i for i in range(2)]
    print(inner(), x)


print(scope_local())
print(scope_global(), g)
scope_nonlocal()
any((found := n) > 2 for n in [1, 5, 9])
print(found)
