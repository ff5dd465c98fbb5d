# string.Template subclasses may set delimiter, idpattern, braceidpattern, flags or
# the whole pattern (a regex with the groups escaped/named/braced/invalid).
import string, re
class T1(string.Template):
    delimiter = '%'
print(T1('%who likes %{what} %%').substitute(who='tim', what='x'))
class T2(string.Template):
    idpattern = '[a-z]+'
print(T2('$who_x $who').safe_substitute(who='tim'))
class T3(string.Template):
    braceidpattern = r'[a-z ]+'
    
print(T3('${a b} $ab').substitute({'a b': 1, 'ab': 2}))
class T4(string.Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[_a-z][_a-z0-9]*) |
      \{(?P<braced>[_a-z][_a-z0-9]*)\} |
      (?P<invalid>)
    )
    '''
print(T4('#x ## #{y}').substitute(x=1, y=2))
class T5(string.Template):
    flags = 0
    idpattern = '[a-z]+'
print(T5('$ab $AB').safe_substitute(ab=1, AB=2))
class T6(string.Template):
    delimiter = '$$'
print(T6('$$x $x').substitute(x=3))
print(type(string.Template.pattern).__name__, string.Template.flags)
print(T2('$who').get_identifiers(), T2('$who').is_valid())
try:
    T4('# x').substitute()
except ValueError as e: print(e)
class T7(string.Template):
    pattern = r'@(?P<named>\w+)'
try:
    T7('@a').substitute(a=1)
except Exception as e: print(type(e).__name__, e)
class T8(string.Template):
    pattern = r'@(?:(?P<named>\w+)|(?P<braced>x)|(?P<escaped>@)|(?P<invalid>))'
print(T8('@a @@').substitute(a=1))
print(T8.pattern.groupindex == {'named': 1, 'braced': 2, 'escaped': 3, 'invalid': 4})
print(string.Template('$a ${b} $$ $c').safe_substitute({'a': 1}, b=2))
print(string.Template('$A').substitute(A=5))
try:
    string.Template('line\n  $ x').substitute()
except ValueError as e:
    print(e)
