# sys.getsizeof of the lists str.split/rsplit/splitlines return: CPython preallocates
# min(maxsplit + 1, 12) slots (one when the text is shorter than the separator) and
# appends beyond; splitlines appends to an empty list.
import sys
cases = ["a,b,c", "", ",", "a,,b,", ",a", "é,ü,,x", "abc", "x" * 300 + ",y", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o"]
for c in cases:
    for m in (-1, 0, 1, 2, 20):
        r = c.split(",", m)
        print(len(r), r[:4], sys.getsizeof(r), [sys.getsizeof(x) for x in r[:3]])
print("a b".split(" "), "a\tb".split("\t"), "1:2:3".split(":", maxsplit=1), "k=v".split(sep="="))
f=lambda l:(sys.getsizeof(l)-56)//8
print([f(''.split(',',m)) for m in (-1,0,1,5,20)], [f(''.split(None,m)) for m in (-1,0,1,5,20)], [f(''.rsplit(',',m)) for m in (-1,0,3)], f(''.split(',,')), f('a'.split(',,')), f('é'.split('éé')))
print([f('abc'.split(None,m)) for m in (-1,0,1,5,20)], [f('  '.split(None,m)) for m in (-1,0,1)], f('a b c d e f g h i j k l m n o'.split()))
print([f('a\nb'.splitlines(k)) for k in (0,1)], [f(x.splitlines()) for x in ['a','a\n','\n\n\n','a\nb\nc\nd\ne\nf\ng\nh\ni']])
s=','.join('x'*20); print([f(s.split(',',m)) for m in (-1,11,12,13,14,30)], [f(s.rsplit(',',m)) for m in (-1,11,12,13,14,30)])
s=',,'.join('x'*40); print([f(s.split(',,',m)) for m in (-1,11,12,13,14,30)], [f(s.rsplit(',,',m)) for m in (-1,11,12,13,14,30)])
s=' '.join('é'*40); print([f(s.split(None,m)) for m in (-1,11,12,13,14,30)], [f(s.rsplit(None,m)) for m in (-1,11,12,13,14,30)])
