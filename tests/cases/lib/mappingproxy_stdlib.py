# The standard library's read-only views are mappingproxies: re's Pattern.groupindex and
# an Enum's __members__.
import re, enum
p = re.compile(r'(?P<n>a)(?P<m>b)')
g = p.groupindex
print(type(g).__name__, g, g['n'], dict(g), type(re.compile('a').groupindex).__name__, re.compile('a').groupindex)
try:
    g['z'] = 1
except TypeError as e:
    print(e)
print(p.groupindex is p.groupindex, p.groupindex == {'n': 1, 'm': 2})
class Color(enum.Enum):
    RED = 1
    GREEN = 2
m = Color.__members__
print(type(m).__name__, m, list(m), m['RED'], len(m), Color.__members__ is Color.__members__)
try:
    m['BLUE'] = 3
except TypeError as e:
    print(e)
