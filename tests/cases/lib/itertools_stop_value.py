# A generator's return value reaches next() through the itertools and builtin
# iterators that step it directly (StopIteration(value)), and is dropped by those
# that swallow the end (chain, zip_longest, cycle) and by for loops and list().
import itertools as it
def g(n=2, ret="done"):
    for i in range(n):
        yield i
    return ret
def probe(name, mk):
    x = mk()
    try:
        while True:
            next(x)
    except StopIteration as e:
        print(name, repr(e.value))
probe("islice", lambda: it.islice(g(), 5))
probe("islice-start", lambda: it.islice(g(), 3, 5))
probe("islice-stop-early", lambda: it.islice(g(), 1))
probe("map", lambda: map(str, g()))
probe("filter", lambda: filter(None, g()))
probe("zip1", lambda: zip(g()))
probe("zip2", lambda: zip(g(), g(5)))
probe("enumerate", lambda: enumerate(g()))
probe("chain", lambda: it.chain(g()))
probe("chain2", lambda: it.chain(g(), g(1, "second")))
probe("takewhile", lambda: it.takewhile(lambda v: True, g()))
probe("dropwhile", lambda: it.dropwhile(lambda v: True, g()))
probe("accumulate", lambda: it.accumulate(g()))
probe("starmap", lambda: it.starmap(lambda *a: a, map(lambda v: (v,), g())))
probe("compress", lambda: it.compress(g(), it.repeat(1)))
probe("pairwise", lambda: it.pairwise(g(3)))
probe("zip_longest", lambda: it.zip_longest(g()))
probe("filterfalse", lambda: it.filterfalse(None, g()))
probe("groupby", lambda: it.groupby(g()))
probe("cycle-empty", lambda: it.cycle(g(0)))
probe("iter", lambda: iter(g()))
probe("reversed-list", lambda: reversed([1]))
def outer():
    r = yield from map(str, g())
    print("yf map", repr(r))
list(outer())
def outer2():
    r = yield from it.islice(g(), 9)
    print("yf islice", repr(r))
list(outer2())
print(list(it.islice(g(), 5)), list(map(str, g())))
# next with default
print(next(it.islice(g(0), 5), "dflt"))
# generator raising stop inside: values within body next()
def h():
    x = it.islice(g(), 5)
    out = []
    for v in x: out.append(v)
    try: next(x)
    except StopIteration as e: out.append(repr(e.value))
    return out
print(h())
