cases = [
 "enumerate(iterable=[5,6], start=1)", "enumerate([5], start=3)", "enumerate(x=1)", "enumerate([1], 2, start=3)",
 "range(end=3)", "range(3, step=1)", "[].sort(noexist=1)", "[3,1].sort(key=None, reverse=True)", "[].sort(None)",
 "sorted([3,1], key=None, reverse=False)", "sorted(iterable=[1])", "sorted([1], cmp=1)",
 "int(x=1)", "int('10', base=2)", "int(base=2)", "int('7', bse=3)", "float(x=1)", "str(object=5)", "str(b'a', encoding='ascii')", "str(b'a', errors='strict')", "str(foo=1)",
 "bool(x=1)", "list(iterable=[1])", "tuple(iterable=[1])", "set(iterable=[1])", "frozenset(iterable=[1])", "dict(a=1)", "bytes(source=b'a')", "bytearray(source=b'a')",
 "len(obj=[1])", "abs(x=1)", "min([1,2], key=None)", "min([1,2], default=0, foo=1)", "max([], default=5)", "max(1, 2, default=0)", "min(a=1)",
 "sum([1,2], start=10)", "sum(iterable=[1])", "print(1, foo=2)", "print(1, sep='-', end='!\\n')", "round(number=2.5, ndigits=0)", "round(2.5, nd=1)",
 "pow(base=2, exp=3)", "pow(2, 3, mod=5)", "pow(2, exp=3)", "divmod(x=1, y=2)", "iter([1], x=1)", "next(iter([1]), default=0)",
 "zip([1], strict=True)", "zip([1], foo=1)", "map(len, [], x=1)", "filter(None, [], x=1)", "reversed(seq=[1])", "repr(obj=1)",
 "isinstance(obj=1, class_or_tuple=int)", "getattr(1, 'real', default=0)", "hasattr(1, name='x')", "hash(obj=1)", "id(obj=1)",
 "chr(i=65)", "ord(c='a')", "hex(number=1)", "bin(number=1)", "oct(number=1)", "format(1, format_spec='>3')", "format(value=1)",
 "open(file='x', mode='r', foo=1)", "callable(obj=1)", "all(iterable=[1])", "any([], x=1)",
 "'a b'.split(sep=' ', maxsplit=1)", "'a'.split(foo=1)", "'abc'.startswith(prefix='a')", "'x'.encode(encoding='utf-8', errors='strict')", "'a'.join(iterable=['b'])",
 "'{}'.format(1, x=2)", "'a'.replace(old='a', new='b')", "'a b'.rsplit(maxsplit=1)", "'ab'.splitlines(keepends=True)", "'a'.center(width=3)", "'a'.strip(chars='a')",
 "[1].index(value=1)", "[1].pop(index=0)", "[].append(object=1)", "[1].count(x=1)", "[].insert(index=0, object=1)", "{}.get(key=1)", "{}.pop(1, default=2)", "{}.setdefault(key=1)", "{1:2}.update(a=3)",
 "{}.fromkeys(iterable=[1])", "(1).to_bytes(length=1, byteorder='big', signed=True)", "int.from_bytes(bytes=b'a', byteorder='big')", "(1).bit_length(x=1)",
 "b'a'.decode(encoding='ascii', errors='strict')", "b'a b'.split(sep=b' ')", "b'a'.hex(sep=':')", "slice(stop=1)", "object(x=1)", 
 "super(type=int)", "staticmethod(function=len)", "classmethod(f=len)", 
 "issubclass(cls=int, class_or_tuple=int)", "setattr(obj=1, name='x', value=1)", "delattr(obj=1, name='x')", "globals(x=1)", "locals(x=1)", "exec('1', globals=None)",
 "eval('1', globals=None, locals=None)", "ascii(obj=1)", "max(iterable=[1])",
]
for c in cases:
    try:
        r = eval(c)
        if type(r).__name__ in ('enumerate', 'zip', 'map', 'filter', 'reversed', 'list_iterator', 'list_reverseiterator', 'range'):
            r = list(r)
        print(c, '->', repr(r) if not hasattr(r, 'read') else 'file')
    except Exception as e:
        print(c, '!!', type(e).__name__, e)

# Keywords through unbound methods, subclasses and sorted/list.sort.
print(sorted([3, 1, 2], reverse=True, key=lambda x: -x))
l = [3, 1]; list.sort(l, reverse=True); print(l)
try:
    list.append(l, object=1)
except TypeError as e:
    print(e)
class MyList(list):
    pass
m = MyList([2, 1]); m.sort(key=None); print(m)
try:
    m.sort(bad=1)
except TypeError as e:
    print(e)
print(list(enumerate(start=5, iterable="ab")), round(number=3.14159, ndigits=2), pow(base=3, exp=4, mod=5))
for c in ["enumerate(start=1)", "enumerate([1], iterable=[2])", "round(ndigits=1)", "pow(exp=3)", "pow(2, mod=3)", "round(2.5, number=1)", "enumerate(1, 2, start=3)", "sum([1], 2, start=3)", "str(encoding='x')", "str(b'ab', errors='strict')", "str(b'ab', 'ascii', errors='strict')"]:
    try:
        print(c, repr(eval(c)))
    except TypeError as e:
        print(c, e)
