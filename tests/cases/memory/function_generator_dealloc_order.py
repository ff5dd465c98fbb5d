# A function that dies lets go of what it holds in CPython's order (func_clear:
# module, defaults, keyword defaults, doc, __dict__, closure; then code, name,
# qualname); a finished generator lets go of its function at once and of the rest
# when it dies. Finalizers of what they held run before the statement that dropped
# them returns.
import gc

log = []


class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)

    def __repr__(self):
        return self.name


def make():
    cell = R("closure cell")

    def f(a=R("default"), *, k=R("kw default")):
        """doc"""
        return cell

    f.attr = R("dict value")
    return f


f = make()
f = None
print("function:", log)
log.clear()


def make_doc():
    def g():
        pass

    g.__doc__ = R("doc")
    g.__module__ = R("module")
    g.x = R("x")
    return g


g = make_doc()
del g
print("doc and module:", log)
log.clear()


def gen(tag):
    local = R(tag + " local")
    yield 1
    yield 2


total = sum(gen("summed"))
print("summed generator:", total, log)
log.clear()
it = gen("iterated")
for x in it:
    pass
print("finished, still referenced:", log)
del it
print("after del:", log)
log.clear()
it = gen("abandoned")
next(it)
del it
print("abandoned generator:", log)
log.clear()

fns = [lambda n=R("lambda %d" % i): n for i in range(3)]
fns.clear()
print("lambdas:", log)
log.clear()
gens = [(R("genexp %d" % i) for _ in range(1)) for i in range(2)]
del gens
print("unstarted genexps:", log)
log.clear()


def outer():
    keep = R("outer local")
    return (lambda: keep)


h = outer()
print(h())
h = None
print("closure:", log)
gc.collect()
