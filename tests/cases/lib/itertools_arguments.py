# The itertools constructors' argument checks and messages (CPython 3.11's), and
# the values of small calls.
import itertools as it
def t(s):
    try:
        r = eval(s)
        r = r if not hasattr(r, '__next__') else list(it.islice(r, 5))
        print(s, '->', [(k, type(v).__name__) for k, v in r] if s.startswith('it.groupby') else r)
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
for s in ["it.count('a')", "it.count(1, 'a')", "it.count(1,2,3)", "it.count(start=3, step=2)", "it.count(x=1)", "repr(it.count(True))", "repr(it.count(0, True))", "it.count(2**70).__reduce__()", "repr(it.count(2**70))", "repr(it.count(1.5))", "repr(it.count(1, 2.0))","repr(it.count(1j, 1j))", "it.count(1j,1j)", "repr(it.count(2**63-2))",
 "it.cycle()", "it.cycle(1)", "it.cycle([1], x=1)", "it.cycle([1],[2])",
 "it.repeat()", "it.repeat(1, 2.0)", "it.repeat(1, -5)", "repr(it.repeat(1, -5))", "it.repeat(object=1, times=2)", "it.repeat(1,2,3)", "it.repeat(1, 2**64)", "it.repeat(1).__length_hint__()", "it.repeat(1, 3).__length_hint__()", "repr(it.repeat([1,2]))", "it.repeat(1, times=None)",
 "it.accumulate()", "it.accumulate(1)", "it.accumulate([1,2], initial=5)", "it.accumulate([], initial=5)", "it.accumulate(iterable=[1,2], func=max)", "it.accumulate([1,2],max,3)", "it.accumulate([1], foo=2)",
 "it.chain(1)", "it.chain([1], x=1)", "it.chain.from_iterable()", "it.chain.from_iterable(1)", "it.chain.from_iterable([1])", "it.chain([1], 2)",
 "it.compress()", "it.compress([1])", "it.compress(data=[1,2], selectors=[0,1])", "it.compress(1, [1])", "it.compress([1], 1)",
 "it.dropwhile(None)", "it.dropwhile(None, [1])", "it.dropwhile(bool, [1], 2)", "it.dropwhile(predicate=bool, iterable=[1])", "it.takewhile(None, [1])", "it.takewhile(bool)", "it.filterfalse(None)", "it.filterfalse(None, [0,1,2,0])", "it.filterfalse(function=None, iterable=[])",
 "it.groupby()", "it.groupby(1)", "it.groupby([1], None, 2)", "it.groupby(iterable=[1], key=None)", "it.groupby([1], foo=1)",
 "it.islice()", "it.islice([1])", "it.islice([1],1,2,3,4)", "it.islice([1], -1)", "it.islice([1], 'a')", "it.islice([1], 1.0)", "it.islice([1], 'a', 2)", "it.islice([1], -1, 2)", "it.islice([1], 0, 2, 0)", "it.islice([1], 0, 2, -1)", "it.islice([1], 0, 2, 'a')", "it.islice([1], None)", "it.islice(range(10), None, None, None)", "it.islice(range(10), 2, None)", "it.islice([1], 2**70)", "it.islice(range(10), 1, -1)", "it.islice(range(10), 1, -2)", "it.islice(1, 2)", "it.islice([1], stop=2)",
 "it.starmap(max)", "it.starmap(max, [1])", "it.starmap(max, [(1,2),[3,4]])", "it.starmap(function=max, iterable=[])",
 "it.tee()", "it.tee(1)", "it.tee([1], -1)", "it.tee([1], 0)", "it.tee([1], 'a')", "it.tee([1], 2, 3)", "it.tee([1], n=2)", "it.tee([1], 2**64)", "it.tee([1], 1.5)",
 "it.zip_longest(1)", "it.zip_longest([1], fillvalue=0, x=1)", "it.zip_longest([1],[2,3], fillvalue='x')", "it.zip_longest()", "it.zip_longest([1], [2], fillvalu=3)",
 "it.pairwise()", "it.pairwise(1)", "it.pairwise([1],[2])", "it.pairwise(iterable=[1])", "it.pairwise([1,2,3])",
 "it.product(1)", "it.product([1], repeat=-1)", "it.product([1], repeat='a')", "it.product([1], rep=2)", "it.product(repeat=0)", "it.product([1,2], repeat=0)", "it.product([], repeat=0)", "it.product([1,2], repeat=2**70)", "it.product([1], repeat=2.0)",
 "it.permutations()", "it.permutations(1)", "it.permutations([1,2], -1)", "it.permutations([1,2], 'a')", "it.permutations([1,2], 5)", "it.permutations([1,2], None)", "it.permutations(iterable=[1,2], r=1)", "it.permutations([1,2],1,2)", "it.permutations([], 0)", "it.permutations([1,2], 0)", "it.permutations([1,2], 2**70)",
 "it.combinations([1,2])", "it.combinations([1,2], -1)", "it.combinations([1,2], None)", "it.combinations([1,2], 3)", "it.combinations([1,2], 0)", "it.combinations(1, 2)", "it.combinations(iterable=[1,2,3], r=2)", "it.combinations([1],2.0)",
 "it.combinations_with_replacement([1,2])", "it.combinations_with_replacement([1,2], -1)", "it.combinations_with_replacement([], 0)", "it.combinations_with_replacement([], 1)", "it.combinations_with_replacement([1,2], 3)",
 "it._grouper()", "it._grouper(1, 2)", "it._tee()", "it._tee([1,2])", "it._tee(1)", "it._tee_dataobject()", "it._tee_dataobject(1,2,3)",
 ]:
    t(s)
