# Checks: enumerate's start may be any int, however big, or an object with __index__;
# counting past the largest machine int goes on in big ints; other starts are refused.
print(list(enumerate('ab', 2**70)))
print(list(enumerate('abc', 2**63 - 2)))
print(list(enumerate('ab', -2**64)))
for i, c in enumerate('xyz', 9223372036854775806):
    print(i, c)


class Idx:
    def __index__(self):
        return 5


print(list(enumerate('ab', Idx())), list(enumerate('ab', start=True)))
for bad in (2.5, '1', None):
    try:
        enumerate('a', bad)
    except TypeError as e:
        print(e)
