# bool.__new__, bool.from_bytes (a subclass's from_bytes returns the subclass's
# value) and truth through __len__ checked like len().
print(bool.__new__(bool), bool.__new__(bool, 'x'), bool.__new__(bool, []))
print(bool.from_bytes(b'\x00' * 8, 'big'), bool.from_bytes(b'abcd', 'little'))
try:
    bool.__new__(int)
except TypeError as e:
    print('TypeError', e)


class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % self


print(repr(MyInt.from_bytes(b'\x01\x00', 'big')))


class Neg:
    def __len__(self):
        return -1


class Str:
    def __len__(self):
        return 'a'


class Zero:
    def __len__(self):
        return 0


for c in (Neg, Str):
    try:
        bool(c())
    except Exception as e:
        print(type(e).__name__, e)
print(bool(Zero()), not Zero())
if Neg.__len__:
    try:
        if Neg():
            pass
    except ValueError as e:
        print('ValueError', e)
