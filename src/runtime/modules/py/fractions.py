"""mempy's fractions module: exact rational numbers, mirroring CPython's
`fractions`.

Owns Fraction, a numbers.Rational kept in lowest terms with a positive
denominator. It is built from nothing, an int, another Rational, a float or
Decimal (exactly, via as_integer_ratio), a string ('3/4', ' -1.25e-3 ',
'1_000/3'), or a pair of Rationals. Arithmetic with ints and Fractions is
exact; a float operand gives a float and a complex one a complex, as in
CPython. Hashes agree with equal ints and floats. Written for mempy from the
documented behaviour; compiled from this source at first import.
"""

import math
import numbers
import sys

__all__ = ['Fraction']

_MODULUS = sys.hash_info.modulus
_INF_HASH = sys.hash_info.inf


def _is_digits(s):
    # One or more decimal digits, single underscores allowed between digits.
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    return s.replace('_', '').isdecimal()


def _parse(text):
    # Returns (numerator, denominator) for a Fraction string, or None if invalid.
    s = text.strip()
    neg = False
    if s[:1] in ('+', '-'):
        neg = s[0] == '-'
        s = s[1:]
    if '/' in s:
        num, den = s.split('/', 1)
        if not _is_digits(num) or not _is_digits(den):
            return None
        n = int(num)
        d = int(den)
    else:
        exp = 0
        for e in ('e', 'E'):
            if e in s:
                s, ex = s.split(e, 1)
                body = ex[1:] if ex[:1] in ('+', '-') else ex
                if not _is_digits(body):
                    return None
                exp = int(ex)
                break
        if '.' in s:
            whole, frac = s.split('.', 1)
        else:
            whole, frac = s, ''
        if whole and not _is_digits(whole):
            return None
        if frac and not _is_digits(frac):
            return None
        if not whole and not frac:
            return None
        if not whole and '.' not in s:
            return None
        n = int(whole) if whole else 0
        d = 1
        if frac:
            digits = frac.replace('_', '')
            scale = 10 ** len(digits)
            n = n * scale + int(digits)
            d = scale
        if exp >= 0:
            n *= 10 ** exp
        else:
            d *= 10 ** -exp
    if neg:
        n = -n
    return n, d


def _is_decimal(x):
    # decimal is a large module: only an already-imported one can have made x.
    module = sys.modules.get('decimal')
    return module is not None and isinstance(x, module.Decimal)


def _raw(n, d):
    # A Fraction n/d, already in lowest terms with d > 0.
    made = object.__new__(Fraction)
    made._numerator = n
    made._denominator = d
    return made


def _reduced(n, d):
    # The Fraction n/d for a non-zero d, brought to lowest terms.
    common = math.gcd(n, d)
    if d < 0:
        common = -common
    return _raw(n // common, d // common)


def _exact_pair(x):
    # (numerator, denominator) when x takes part in exact arithmetic as a
    # right operand (an int or a Fraction), else None.
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    if isinstance(x, int):
        return int(x), 1
    return None


def _rational_pair(x):
    # Like _exact_pair, but any numbers.Rational qualifies.
    pair = _exact_pair(x)
    if pair is None and isinstance(x, numbers.Rational):
        pair = (x.numerator, x.denominator)
    return pair


def _given_pair(x):
    # The constructor's view of a Rational argument: a Fraction's own fields, an
    # exact int as is, and any other Rational (int subclasses included) through
    # its numerator/denominator, so an Integral type of its own keeps its type in
    # the new Fraction as in CPython.
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    if type(x) is int:
        return x, 1
    if isinstance(x, numbers.Rational):
        return x.numerator, x.denominator
    return None


# Exact operations on two (numerator, denominator) pairs.

def _add(na, da, nb, db):
    return _reduced(na * db + nb * da, da * db)


def _sub(na, da, nb, db):
    return _reduced(na * db - nb * da, da * db)


def _mul(na, da, nb, db):
    return _reduced(na * nb, da * db)


def _div(na, da, nb, db):
    # Cancel common factors crosswise first; the numerator named by the
    # ZeroDivisionError is the one left after that.
    top = math.gcd(na, nb)
    if top > 1:
        na, nb = na // top, nb // top
    bottom = math.gcd(db, da)
    if bottom > 1:
        db, da = db // bottom, da // bottom
    n, d = na * db, nb * da
    if d == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % n)
    return _reduced(n, d)


def _floordiv(na, da, nb, db):
    return (na * db) // (da * nb)


def _mod(na, da, nb, db):
    return _reduced((na * db) % (nb * da), da * db)


def _divmod(na, da, nb, db):
    quotient, rest = divmod(na * db, da * nb)
    return quotient, _reduced(rest, da * db)


def _mixed(exact, inexact):
    # The forward and reflected methods of one binary operator: exact with
    # ints and Fractions, otherwise done in float (or complex) arithmetic.
    def forward(a, b):
        pair = _exact_pair(b)
        if pair is not None:
            return exact(a._numerator, a._denominator, *pair)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reflected(b, a):
        pair = _rational_pair(a)
        if pair is not None:
            return exact(*pair, b._numerator, b._denominator)
        if isinstance(a, numbers.Real):
            return inexact(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return inexact(complex(a), complex(b))
        return NotImplemented

    return forward, reflected


class Fraction(numbers.Rational):
    """An exact rational number: Fraction(8, 6) == Fraction(4, 3), Fraction() == 0,
    Fraction('3/7'), Fraction(0.5) == Fraction(1, 2)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            n, d = cls._single(numerator)
            if d == 1 or not _normalize:
                self._numerator, self._denominator = n, d
                return self
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        else:
            top, bottom = _given_pair(numerator), _given_pair(denominator)
            if top is None or bottom is None:
                raise TypeError('both arguments should be Rational instances')
            n, d = top[0] * bottom[1], bottom[0] * top[1]
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        if _normalize:
            common = math.gcd(n, d)
            if d < 0:
                common = -common
            n, d = n // common, d // common
        self._numerator, self._denominator = n, d
        return self

    @staticmethod
    def _single(value):
        # (numerator, denominator) of a one-argument construction; the pair is
        # already reduced except for strings.
        if type(value) is int:
            return value, 1
        pair = _given_pair(value)
        if pair is not None:
            return pair
        if isinstance(value, float) or _is_decimal(value):
            return value.as_integer_ratio()
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                raise ValueError('Invalid literal for Fraction: %r' % value)
            return parsed
        raise TypeError('argument should be a string or a Rational instance')

    @classmethod
    def from_float(cls, f):
        """The Fraction exactly equal to the float (or int) f."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The Fraction exactly equal to the Decimal (or int) dec."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self, keeping the last two convergents
        # (p0/q0, p1/q1), until the next denominator would be too big.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            digit = n // d
            q2 = q0 + digit * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + digit * p1, q2
            n, d = d, n - digit * d
        # The answer is the last convergent or the semiconvergent with the
        # largest allowed denominator, whichever is nearer (the convergent on
        # a tie).
        steps = (max_denominator - q0) // q1
        semi = _reduced(p0 + steps * p1, q0 + steps * q1)
        conv = _reduced(p1, q1)
        return conv if abs(conv - self) <= abs(semi - self) else semi

    numerator = property(lambda a: a._numerator)
    denominator = property(lambda a: a._denominator)

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%d/%d' % (self._numerator, self._denominator)

    # -- arithmetic

    __add__, __radd__ = _mixed(_add, lambda x, y: x + y)
    __sub__, __rsub__ = _mixed(_sub, lambda x, y: x - y)
    __mul__, __rmul__ = _mixed(_mul, lambda x, y: x * y)
    __truediv__, __rtruediv__ = _mixed(_div, lambda x, y: x / y)
    __floordiv__, __rfloordiv__ = _mixed(_floordiv, lambda x, y: x // y)
    __mod__, __rmod__ = _mixed(_mod, lambda x, y: x % y)
    __divmod__, __rdivmod__ = _mixed(_divmod, divmod)

    def __pow__(a, b):
        pair = _rational_pair(b)
        if pair is None:
            # Anything else is float arithmetic (or that type's __rpow__).
            return float(a) ** b
        power, root = pair
        if root != 1:
            return float(a) ** float(b)
        n, d = a._numerator, a._denominator
        if power >= 0:
            return _raw(n ** power, d ** power)
        if n == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (d ** -power))
        # A negative power flips the fraction; the sign stays on top.
        if n < 0:
            n, d = -n, -d
        return _raw(d ** -power, n ** -power)

    def __rpow__(b, a):
        n, d = b._numerator, b._denominator
        if d == 1 and n >= 0:
            return a ** n
        pair = _rational_pair(a)
        if pair is not None:
            return _reduced(*pair) ** b
        return a ** (n if d == 1 else float(b))

    def __pos__(a):
        return _raw(a._numerator, a._denominator)

    def __neg__(a):
        return _raw(-a._numerator, a._denominator)

    def __abs__(a):
        return _raw(abs(a._numerator), a._denominator)

    # -- conversions to int and float

    def _toward_zero(self):
        n, d = self._numerator, self._denominator
        return n // d if n >= 0 else -(-n // d)

    def __int__(a):
        # An exact int even when the numerator is of an int subclass (through
        # __index__, as CPython's operator.index); trunc() keeps the type.
        n = a._toward_zero()
        return n if type(n) is int else n.__index__()

    def __trunc__(a):
        return a._toward_zero()

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        # Ceiling as the negated floor of the negation.
        return -((-a.numerator) // a.denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __round__(self, ndigits=None):
        """round(self[, ndigits]), halves going to the even neighbour."""
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            twice, d = rest * 2, self._denominator
            if twice != d:
                return whole + (twice > d)
            return whole + (whole & 1)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        # Equal to the hash of the equal int or float where there is one:
        # numerator times the inverse of the denominator modulo sys.hash_info's
        # modulus (an infinite hash when the denominator has no inverse).
        n, d = self._numerator, self._denominator
        if d == 1:
            return hash(n)
        try:
            inverse = pow(d, -1, _MODULUS)
        except ValueError:
            value = _INF_HASH
        else:
            value = hash(hash(abs(n)) * inverse)
        if n < 0:
            value = -value
        return -2 if value == -1 else value

    # -- comparisons

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        pair = _rational_pair(b)
        if pair is not None:
            return (a._numerator, a._denominator) == pair
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isfinite(b):
            return a == Fraction(*b.as_integer_ratio())
        return b == 0.0     # never equal to an infinity or a NaN

    def _order(a, b, test):
        pair = _rational_pair(b)
        if pair is not None:
            return test(a._numerator * pair[1], pair[0] * a._denominator)
        if isinstance(b, float):
            if not math.isfinite(b):
                return test(0.0, b)
            return a._order(Fraction(*b.as_integer_ratio()), test)
        return NotImplemented

    def __lt__(a, b):
        return a._order(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._order(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._order(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._order(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    # -- copying and pickling (Fractions are immutable: copies of an exact
    # Fraction are the object itself)

    def __reduce__(self):
        return type(self), (self._numerator, self._denominator)

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
