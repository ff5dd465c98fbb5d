# The itertools types: names, modules, which can be subclassed, their methods,
# sys.getsizeof and GC tracking.
import itertools as it, sys, copy, pickle
names = ['count','cycle','repeat','accumulate','chain','compress','dropwhile','takewhile','filterfalse','groupby','_grouper','islice','starmap','_tee','_tee_dataobject','zip_longest','pairwise','product','permutations','combinations','combinations_with_replacement']
for n in names:
    t = getattr(it, n)
    try:
        class C(t): pass
        sub = True
    except TypeError as e:
        sub = e
    d = sorted(k for k in t.__dict__ if k not in ('__doc__', '__getattribute__', '__class_getitem__'))
    print(n, repr(t), t.__name__, t.__qualname__, t.__module__, sub, d)
print(sorted(k for k in dir(it) if not k.startswith('__')))

import itertools as it, sys
objs = [it.count(), it.count(1.5, 2), it.cycle([1,2]), it.repeat(1), it.repeat(1,3), it.accumulate([1]), it.chain(), it.compress([],[]),
 it.dropwhile(None,[]), it.takewhile(None,[]), it.filterfalse(None,[]), it.groupby([]), it.islice([],1), it.starmap(None,[]),
 it.tee([])[0], it.zip_longest(), it.zip_longest([1],[2],[3]), it.pairwise([]), it.product(), it.product([1,2],[3], repeat=2), it.permutations([1,2,3]), it.permutations([1,2,3],2),
 it.combinations([1,2,3],2), it.combinations_with_replacement([1,2,3],2), it.combinations([1,2,3,4,5],4)]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o))
g = it.groupby([1,1,2])
k, grp = next(g)
print('grouper', sys.getsizeof(grp), type(grp))
t = it.tee([1])[0]
import gc
for o in objs: print(gc.is_tracked(o), end=' ')
print()
print(it.product('ab', repeat=3).__sizeof__(), it.permutations('abcd', 2).__sizeof__(), it.combinations('abc', 2).__sizeof__(), it.combinations_with_replacement('ab', 5).__sizeof__())
