"""mempy's numbers module: the numeric tower of abstract base classes (PEP 3141),
mirroring CPython's `numbers`.

Owns Number > Complex > Real > Rational > Integral. Each level lists the
operations a concrete type must supply (abstract methods; a subclass missing one
cannot be instantiated) and supplies the ones derivable from the rest (mixins).
The builtin complex, float and int are registered as virtual subclasses, so
isinstance(3, Integral) holds without inheritance. Written for mempy from the
documented behaviour; compiled from this source at first import.
"""

from abc import abstractmethod, ABCMeta

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


class Number(metaclass=ABCMeta):
    """Anything numeric; the root isinstance target of the tower."""

    __slots__ = ()

    # Concrete number types choose their own hashing; the root is unhashable.
    __hash__ = None


class Complex(Number):
    """Numbers with the arithmetic of the builtin complex type."""

    __slots__ = ()

    # What a Complex must provide.

    @abstractmethod
    def __complex__(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def real(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError

    # What follows from the above.

    def __bool__(self):
        # Truth is "differs from zero", as for the builtin numbers.
        return self != 0

    def __sub__(self, other):
        # a - b is a + (-b): negate the right operand, then add.
        return self + (-other)

    def __rsub__(self, other):
        # b - a is (-a) + b: negate self, then let the sum dispatch.
        return (-self) + other


class Real(Complex):
    """Complex numbers on the real line: ordered, with //, %, rounding."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        raise NotImplementedError

    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    # divmod is the pair (floor quotient, remainder), quotient computed first.
    def __divmod__(self, other):
        quotient = self // other
        return quotient, self % other

    def __rdivmod__(self, other):
        quotient = other // self
        return quotient, other % self

    # A real number is a complex number with no imaginary part.
    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


class Rational(Real):
    """Reals that are a ratio of integers, kept in lowest terms."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        # Divide as ints so huge numerators and denominators stay exact until
        # the one final rounding.
        top, bottom = int(self.numerator), int(self.denominator)
        return top / bottom


class Integral(Rational):
    """Whole numbers: conversion to int, bitwise operators, 3-argument pow."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    # An integer n is the fraction n/1.
    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


# The builtin numbers join the tower as virtual subclasses.
for _abc, _builtin in ((Complex, complex), (Real, float), (Integral, int)):
    _abc.register(_builtin)
del _abc, _builtin
