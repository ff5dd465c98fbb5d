# re.finditer / Pattern.finditer return a callable_iterator over a scanner's search
# (not a generator); every match reports the pos the search started from, and empty
# matches advance as sre's must_advance rule says.
import re

it = re.finditer(r'a*', 'baac')
print(type(it).__name__, iter(it) is it)
print([(m.span(), m.pos, m.endpos) for m in it])
print(next(it, 'done'))
p = re.compile(r'\d')
print([(m.group(), m.pos, m.endpos) for m in p.finditer('a1b22c333', 2, 7)])
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print([m.group(1) for m in re.finditer(r'(\w)(\d)?', 'a1b')])
