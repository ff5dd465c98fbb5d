# str methods that return the object itself when nothing changes (replace with
# count 0, with old and new the same object, or old absent; expandtabs without a
# tab), expandtabs' tabsize keyword and '\r' column reset, str subscript's
# message, and find/count/index/startswith ranges clamped like slice indices.
import sys

t = 'abc def'
x = ''.join(['a', 'bc'])
p = 'abc'
print(t.replace(p, p) is t, t.replace('abc', x) is t, t.replace('zz', 'y') is t,
      t.replace('a', 'b', 0) is t, t.replace('', '') is t, ''.replace('', 'a'))
print(t.expandtabs() is t, repr('abc\rab\tdef\ng\thi'.expandtabs(tabsize=4)),
      repr('a\tb'.expandtabs(2)))
class S(str):
    pass
u = S('abc')
print(type(u.replace('x', 'y')).__name__, type(u.expandtabs()).__name__)
for key in ('x', 1.5, None):
    try:
        'abc'[key]
    except TypeError as e:
        print(e)
big = sys.maxsize + 1
print('ab'.find('xxx', big, 0), 'ab'.rfind('b', -big, big), 'ab'.count('a', -big, big),
      'ab'.startswith('a', -big), 'ab'.endswith('b', 0, big), 'ab'.index('b', -big, big))
for f in (lambda: 'ab'.find('a', 'x'), lambda: 'ab'.count('a', 0, 1.5)):
    try:
        f()
    except TypeError as e:
        print(e)
