# string.Template (substitute, safe_substitute, errors, custom delimiter) and string.Formatter.
import string
from string import Template, Formatter
print(string.capwords(' hello   world '), string.ascii_letters[:5])
t = Template('$who likes ${what}; cost $$5 $who_2')
print(t.substitute(who='tim', what='kung pao', who_2='x'))
print(t.substitute({'who': 'a', 'what': 'b', 'who_2': 'c'}, who='override'))
print(t.safe_substitute(who='tim'))
print(t.get_identifiers(), t.is_valid(), t.template)
for bad in ['$1abc', 'ok\nline two $ x', '${', '${1}', 'end $', '$$$', 'a $}b']:
    tt = Template(bad)
    try:
        print(repr(tt.substitute(x=1)))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
    print(repr(tt.safe_substitute()), tt.is_valid(), tt.get_identifiers())
try:
    Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
class Pct(Template):
    delimiter = '%'
print(Pct('%name is %% %{age}').substitute(name='Ann', age=3))
print(Template('$Ä $_x ${Y1}').safe_substitute(_x=1, Y1=2))
f = Formatter()
print(f.format('{} and {}', 1, 'b'), f.format('{0!r:>6}|{name:^7}|{1[k]}|{2.real}', 'x', {'k': 'v'}, 3, name='n'))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=2), f.format('{{literal}} {0}', 9))
print(list(f.parse('a{0!s:>3}b{x.y[1]}c{{d}}e')))
print(list(f.parse('')), list(f.parse('plain')))
for bad in ['{', '}', '{0', 'a}b', '{!}', '{0!x}', '{0!rx}', '{}{1}', '{1}{}']:
    try:
        print(repr(f.format(bad, 1, 2)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
print(Upper().format('{} {:x}', 'abc', 255))
for s in ['{!}','{0!r','{0!','{0!r:','{0:','{0:{','{0:{}','{a{b}','{a[}','{a[x}]}','{0:{{}}}', '{0!}}', '{:}', '{0:x}}', '{0', '{', 'x{0:{1}x}y', '{0[}', '{0]}','{0.}','{[a]}', 'a{{', '}}b{{']:
    try: print(repr(s), list(f.parse(s)))
    except ValueError as e: print(repr(s), 'ValueError', e)
# Field names: the first part is looked up before the rest is checked.
for fmt in ['{.}', '{][]}', '{x[0]}', '{x.real}', '{0[1]}', '{0.}']:
    try:
        print(repr(fmt), repr(f.format(fmt, 'pq', x=[5])))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
