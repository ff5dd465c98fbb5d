# __reduce__ of every itertools type as CPython 3.11 gives it, fresh and part-way.
import itertools as it, sys
def shape(x):
    # Objects whose repr has an address are shown by their type.
    if isinstance(x, tuple):
        return tuple(shape(y) for y in x)
    if isinstance(x, list):
        return [shape(y) for y in x]
    if isinstance(x, (int, float, str, type(None), bool)) or isinstance(x, type):
        return x
    return '<%s>' % type(x).__name__
def show(o, adv=0):
    for _ in range(adv): next(o)
    try: print(type(o).__name__, shape(o.__reduce__()))
    except Exception as e: print(type(o).__name__, 'ERR', type(e).__name__, e)
show(it.count()); show(it.count(1.5, 2)); show(it.count(3,1)); show(it.count(3,1.0))
show(it.cycle([1,2])); show(it.cycle([1,2]),1); show(it.cycle([1,2]),3)
show(it.repeat(1)); show(it.repeat(1,3)); show(it.repeat(1,-3))
show(it.accumulate([1,2])); show(it.accumulate([1,2]),1); show(it.accumulate([1,2], initial=5)); show(it.accumulate([1,2], max)); show(it.accumulate([1,2], initial=5),1)
show(it.chain()); show(it.chain([1],[2])); show(it.chain([1],[2]),1); show(it.chain.from_iterable([[1]])) 
show(it.compress([1],[1])); show(it.dropwhile(bool,[1])); show(it.dropwhile(bool,[1,0,1]),1); show(it.takewhile(bool,[1])); 
show(it.filterfalse(None,[1])); show(it.groupby([1])); show(it.groupby([1,1,2]),1)
g = it.groupby([1,1,2], key=abs); k, gr = next(g); show(gr)
show(it.islice([1,2,3],1)); show(it.islice([1,2,3],1,None,2)); show(it.islice([1,2,3],1,3),1)
show(it.starmap(max,[(1,2)])); 
a,b = it.tee([1,2,3]); show(a); next(a); show(a); show(b)
show(it.zip_longest([1],[2,3])); show(it.zip_longest([1],[2,3], fillvalue=0),1)
show(it.pairwise([1,2]))
show(it.product([1,2],[3])); show(it.product([1,2],[3]),1); show(it.product([],[3]))
show(it.permutations([1,2,3],2)); show(it.permutations([1,2,3],2),1); show(it.permutations([1,2,3],5))
show(it.combinations([1,2,3],2)); show(it.combinations([1,2,3],2),1); show(it.combinations([1,2,3],5))
show(it.combinations_with_replacement([1,2,3],2)); show(it.combinations_with_replacement([1,2,3],2),1)
c = it.combinations([1,2],1); list(c); show(c)
p = it.product([1],[2]); list(p); show(p)
pe = it.permutations([1,2]); list(pe); show(pe)
