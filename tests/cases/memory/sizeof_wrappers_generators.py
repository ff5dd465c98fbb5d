# sys.getsizeof of a special method bound to its receiver (method-wrapper, 48), of a
# builtin class method's descriptor (classmethod_descriptor, 72), and of generators,
# coroutines and generator expressions: 168 bytes plus a pointer per local, cell,
# free variable and value-stack slot of their code.
import sys


def g():
    yield 1


def g2(a, b, c):
    x = 1
    y = 2
    yield a


def outer():
    v = 1

    def inner():
        yield v
    return inner()


async def co():
    pass


print(sys.getsizeof([].__len__), sys.getsizeof((1).__add__), sys.getsizeof(object().__str__))
print(sys.getsizeof([].append), sys.getsizeof(list.__len__), sys.getsizeof(list.append))
print(sys.getsizeof(dict.__dict__["fromkeys"]), sys.getsizeof(dict.fromkeys))
print(sys.getsizeof(g()), sys.getsizeof(g2(1, 2, 3)), sys.getsizeof(outer()))
c = co()
print(sys.getsizeof(c))
c.close()
print(sys.getsizeof(x for x in []))
