# string: constants, capwords, Template (errors with line/col, safe_substitute, delimiter subclass), Formatter (auto/manual numbering, nested specs, field errors, overridable hooks).
import string
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for n in string.__all__:
    v = getattr(string, n)
    if isinstance(v, str): print(n, repr(v))
print(sorted(string.__all__))
t(string.capwords, '  hello   world  foo '); t(string.capwords, 'a-b-c', '-'); t(string.capwords, '')
T = string.Template
t(T('$who likes ${what} $$ $x').substitute, who='tim', what='kung pao', x=1)
t(T('$who likes $what').substitute, {'who': 'a'}, what='b')
t(T('$who likes $what').substitute, {'who': 'a', 'what': 'c'}, what='b')
t(T('$who likes $what').substitute, who='a')
t(T('$who likes $what').safe_substitute, who='a')
t(T('oops $ here').substitute); t(T('line1\nline2 $1 x').substitute); t(T('$').substitute); t(T('${bad').safe_substitute)
t(T('$a $b ${a} $$ $').get_identifiers); t(T('$a $b').is_valid); t(T('$a $').is_valid)
print(T('x').template, T.delimiter, T.idpattern, T.braceidpattern)
class P(T): delimiter = '%'
t(P('%who %% %{x}').substitute, who='me', x=5)
t(T('$_a1 $A ${B_2}x').substitute, _a1=1, A=2, B_2=3)
t(T('$é').safe_substitute)
F = string.Formatter()
t(F.format, '{} {} {}', 1, 'a', [3]); t(F.format, '{0} {1} {0}', 'x', 'y'); t(F.format, '{a.real} {b[0]} {b[1]!r:>5}', a=3, b=['q', 'w'])
t(F.format, '{:{width}.{prec}f}', 3.14159, width=10, prec=2); t(F.format, '{} {0}', 1); t(F.format, '{0} {}', 1)
t(F.format, '{0!x}', 1); t(F.format, '{'); t(F.format, '}'); t(F.format, '{{}} {{x}}'); t(F.format, '{0:{1:{2}}}', 1, 2, 3)
t(F.format, '{0[}', 1); t(F.format, '{x.}', x=1); t(F.format, '{0]}', [1]); t(F.format, '{0[0]x}', [1])
t(list, F.parse('a{0!r:>3}b{{c}}{x.y[1]}')); t(list, F.parse('{!s}')); t(F.format, '{0!a} {0!s}', 'é')
t(F.get_field, 'a.b', (), {'a': 1}); t(F.get_value, 0, ('z',), {}); t(F.convert_field, 5, 'r'); t(F.format_field, 3, '05d')
class F2(string.Formatter):
    def check_unused_args(self, used, args, kwargs): print('used', sorted(map(str, used)))
    def get_value(self, key, args, kwargs):
        try: return super().get_value(key, args, kwargs)
        except KeyError: return '<%s>' % key
t(F2().format, '{0} {x} {missing}', 1, x=2)
t(F.vformat, '{0}{k}', (1,), {'k': 2})
t(F.format, '{0:{1}}', 'a')
