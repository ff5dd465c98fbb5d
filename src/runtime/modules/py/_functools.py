"""`_functools`: the name of CPython's C accelerator of functools. `reduce` and
`cmp_to_key` are builtin functions (`_mempy_functools`, so that, like C's, they
do not bind as methods when stored on a class); `partial` is functools' own
class, written to behave as the C type does. `KeyWrapper` is the type of what
`cmp_to_key` returns (C's keyobject): it calls the comparison function on the
wrapped objects and compares its result with 0."""

from _mempy_functools import reduce, cmp_to_key
from functools import partial

__all__ = ['reduce', 'partial', 'cmp_to_key']

_UNSET = object()


class KeyWrapper:
    __slots__ = ('_cmp', '_obj')

    def __new__(cls, *args, **kwargs):
        # Only cmp_to_key() makes these (C's Py_TPFLAGS_DISALLOW_INSTANTIATION).
        raise TypeError("cannot create 'functools.KeyWrapper' instances")

    def __call__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError("K() takes at most 1 argument (%d given)"
                            % (len(args) + len(kwargs)))
        if args:
            obj = args[0]
        elif 'obj' in kwargs:
            obj = kwargs['obj']
        elif kwargs:
            raise TypeError("K() got an unexpected keyword argument '%s'"
                            % next(iter(kwargs)))
        else:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return _make_key(self._cmp, obj)

    @property
    def obj(self):
        """Value wrapped by a key function."""
        obj = self._obj
        return None if obj is _UNSET else obj

    @obj.setter
    def obj(self, value):
        self._obj = value

    def _compare(self, other):
        # C's keyobject_richcompare: both sides wrappers of the same type, both
        # holding an object; the comparison's result is then compared with 0.
        if type(other) is not type(self):
            raise TypeError("other argument must be K instance")
        if self._obj is _UNSET or other._obj is _UNSET:
            raise AttributeError("object")
        return self._cmp(self._obj, other._obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


# C's KeyWrapper is a static type named "functools.KeyWrapper": that whole name
# is what its repr, the unhashable-type error and "cannot create ... instances"
# show. A Python class shows its __name__ there, so the class carries the dotted
# name, with the module left as builtins (which those messages leave out).
KeyWrapper.__name__ = KeyWrapper.__qualname__ = 'functools.KeyWrapper'
KeyWrapper.__module__ = 'builtins'


def _make_key(mycmp, obj=_UNSET):
    """A KeyWrapper for `mycmp` holding `obj` (cmp_to_key's constructor)."""
    k = object.__new__(KeyWrapper)
    k._cmp = mycmp
    k._obj = obj
    return k
