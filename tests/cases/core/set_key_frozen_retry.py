# A set used as a key of set.__contains__ / remove / discard is looked up as the
# frozenset with the same items (CPython's set_contains / set_discard retry), but
# not by the bulk operations, which hash each key as is.
s = {frozenset('ab'), 1}
print(set('ab') in s, set('xy') in s, set() in {frozenset()})


class S(set):
    pass


print(S('ab') in s)
s.discard(set('ab'))
print(s)
s.add(frozenset('q'))
s.remove(set('q'))
print(s)
try:
    s.remove(set('z'))
except KeyError as e:
    print('KeyError', e.args[0], type(e.args[0]).__name__)
try:
    s.remove([1])
except TypeError as e:
    print('TypeError', e)
try:
    [] in s
except TypeError as e:
    print('TypeError', e)
try:
    s.difference_update([set()])
except TypeError as e:
    print('TypeError', e)
# frozenset lookups accept a set key too.
print(set('ab') in frozenset([frozenset('ab')]))


# An unhashable set subclass whose __hash__ raises something else is not retried.
class Bad(set):
    def __hash__(self):
        raise ValueError('no hash')


try:
    Bad() in s
except ValueError as e:
    print('ValueError', e)
