# Run in the namespace of the native `unicodedata` module when it is made: the
# `UCD` type and `ucd_3_2_0`, its instance giving the Unicode 3.2.0 data (what
# IDNA and stringprep use). The methods are the module's `_old_*` functions,
# which are taken out of the module namespace here.


class UCD:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'unicodedata.UCD' instances")

    @property
    def unidata_version(self):
        return '3.2.0'


UCD.__module__ = 'unicodedata'


def _install():
    g = globals()
    for name in ('category', 'bidirectional', 'east_asian_width', 'mirrored',
                 'combining', 'decimal', 'digit', 'numeric', 'decomposition',
                 'name', 'lookup', 'normalize', 'is_normalized'):
        f = g.pop('_old_' + name)

        def method(self, *args, _f=f):
            return _f(*args)

        method.__name__ = name
        method.__qualname__ = 'UCD.' + name
        setattr(UCD, name, method)


_install()
del _install
ucd_3_2_0 = object.__new__(UCD)
