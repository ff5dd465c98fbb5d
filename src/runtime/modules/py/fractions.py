# mempy's `fractions` module: exact rational numbers, written for mempy from the
# documented behaviour of CPython 3.11's fractions.Fraction. Compiled from this source
# at first import.
#
# Provides: Fraction (a numbers.Rational) built from nothing, an int, a Fraction (or
# any object with numerator/denominator that is a numbers.Rational), a float, a string
# ('3/4', ' -1.25e-3 ', '1_000/3') or two Rationals; numerator, denominator,
# as_integer_ratio, from_float, limit_denominator; + - * / // % divmod ** with ints,
# floats and Fractions (mixing with a float gives a float, as in CPython); comparisons
# with ints, floats and Fractions; abs, neg, pos, bool, int, float, round (with and
# without ndigits), math.floor/ceil/trunc methods (__floor__, __ceil__, __trunc__);
# hash equal to the hash of an equal int or float; repr 'Fraction(3, 4)', str '3/4';
# copy/deepcopy/pickle support.
#
# Left out / different from CPython:
# * Decimal inputs and Fraction.from_decimal (mempy has no decimal module).
# * Complex operands (mempy has no complex type).
# * (math.floor/ceil/trunc call __floor__/__ceil__/__trunc__, as in CPython, so
#   `math.floor(Fraction(7, 2))` is 3.)
#

import math
import sys
import numbers

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


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


def _new(n, d):
    # A Fraction from a numerator and a positive denominator already in lowest terms.
    f = object.__new__(Fraction)
    f._numerator = n
    f._denominator = d
    return f


def _make(n, d):
    # A Fraction n/d in lowest terms; d must be non-zero.
    g = math.gcd(n, d)
    if d < 0:
        g = -g
    return _new(n // g, d // g)


def _nd(x):
    # (numerator, denominator) of an int, Fraction or other numbers.Rational, else
    # None. (int(x) rather than x.numerator: mempy's bool has no .numerator.)
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, numbers.Rational):
        return x.numerator, x.denominator
    return None


def _is_rational(x):
    return isinstance(x, (int, Fraction)) or isinstance(x, numbers.Rational)


def _is_real(x):
    return isinstance(x, float) or isinstance(x, numbers.Real)


class Fraction(numbers.Rational):
    """An exact rational number n/d, kept in lowest terms with d > 0.

    Fraction(8, 6) == Fraction(4, 3); Fraction() == 0. Fractions can also be built
    from a float, another Rational, or a string such as '3/7', '-1.5' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif _is_rational(numerator):
                self._numerator, self._denominator = _nd(numerator)
                return self
            elif isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                r = _parse(numerator)
                if r is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = r
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            rn = _nd(numerator)
            rd = _nd(denominator)
            numerator, denominator = rn[0] * rd[1], rd[0] * rn[1]
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The Fraction exactly equal to the float (or int) f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the pair (numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator
        (for instance 22/7 for pi with a limit of 10)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion of self, keeping the last two
        # convergents h_prev/k_prev and h/k, until the next denominator is too big.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        num, den = self._numerator, self._denominator
        while True:
            term = num // den
            k_next = k_prev + term * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + term * h, k_next
            num, den = den, num - term * den
        # The best approximation is either the last convergent h/k or the
        # semiconvergent with the largest allowed denominator; take whichever is
        # closer (the convergent on a tie).
        m = (max_denominator - k_prev) // k
        semi = _make(h_prev + m * h, k_prev + m * k)
        conv = _make(h, k)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator,
                               self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ----- arithmetic: Fraction op (int | Fraction) is exact; a float gives a float --
    # _nd(x) is x's (numerator, denominator) for an int, a Fraction or another
    # numbers.Rational, else None.

    def __add__(a, b):
        r = _nd(b)
        if r is not None:
            return _make(a._numerator * r[1] + r[0] * a._denominator, a._denominator * r[1])
        if _is_real(b):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        r = _nd(a)
        if r is not None:
            return _make(r[0] * b._denominator + b._numerator * r[1], r[1] * b._denominator)
        if _is_real(a):
            return float(a) + float(b)
        return NotImplemented

    def __sub__(a, b):
        r = _nd(b)
        if r is not None:
            return _make(a._numerator * r[1] - r[0] * a._denominator, a._denominator * r[1])
        if _is_real(b):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        r = _nd(a)
        if r is not None:
            return _make(r[0] * b._denominator - b._numerator * r[1], r[1] * b._denominator)
        if _is_real(a):
            return float(a) - float(b)
        return NotImplemented

    def __mul__(a, b):
        r = _nd(b)
        if r is not None:
            return _make(a._numerator * r[0], a._denominator * r[1])
        if _is_real(b):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        r = _nd(a)
        if r is not None:
            return _make(r[0] * b._numerator, r[1] * b._denominator)
        if _is_real(a):
            return float(a) * float(b)
        return NotImplemented

    def __truediv__(a, b):
        r = _nd(b)
        if r is not None:
            n = a._numerator * r[1]
            d = a._denominator * r[0]
            if d == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % n)
            return _make(n, d)
        if _is_real(b):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        r = _nd(a)
        if r is not None:
            n = r[0] * b._denominator
            d = r[1] * b._numerator
            if d == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % n)
            return _make(n, d)
        if _is_real(a):
            return float(a) / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        r = _nd(b)
        if r is not None:
            return (a._numerator * r[1]) // (a._denominator * r[0])
        if _is_real(b):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        r = _nd(a)
        if r is not None:
            return (r[0] * b._denominator) // (r[1] * b._numerator)
        if _is_real(a):
            return float(a) // float(b)
        return NotImplemented

    def __mod__(a, b):
        r = _nd(b)
        if r is not None:
            da, db = a._denominator, r[1]
            return _make((a._numerator * db) % (r[0] * da), da * db)
        if _is_real(b):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        r = _nd(a)
        if r is not None:
            da, db = r[1], b._denominator
            return _make((r[0] * db) % (b._numerator * da), da * db)
        if _is_real(a):
            return float(a) % float(b)
        return NotImplemented

    def __divmod__(a, b):
        r = _nd(b)
        if r is not None:
            da, db = a._denominator, r[1]
            q, m = divmod(a._numerator * db, da * r[0])
            return q, _make(m, da * db)
        if _is_real(b):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        r = _nd(a)
        if r is not None:
            da, db = r[1], b._denominator
            q, m = divmod(r[0] * db, da * b._numerator)
            return q, _make(m, da * db)
        if _is_real(a):
            return divmod(float(a), float(b))
        return NotImplemented

    def __pow__(a, b):
        r = _nd(b)
        if r is not None:
            if r[1] == 1:
                power = r[0]
                if power >= 0:
                    return _new(a._numerator ** power, a._denominator ** power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)'
                                            % (a._denominator ** -power))
                if a._numerator > 0:
                    return _new(a._denominator ** -power, a._numerator ** -power)
                return _new((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        if _is_real(b):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        r = _nd(a)
        if r is not None:
            return _make(r[0], r[1]) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _new(a._numerator, a._denominator)

    def __neg__(a):
        return _new(-a._numerator, a._denominator)

    def __abs__(a):
        return _new(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __round__(self, ndigits=None):
        """round(self, ndigits): halves go to the even neighbour."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            if r * 2 < self._denominator:
                return q
            if r * 2 > self._denominator:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # The hash of the equal int/float where there is one: numerator times the
        # inverse of the denominator modulo the hash modulus (sys.hash_info).
        d = self._denominator
        if d == 1:
            return hash(self._numerator)
        if d % _HASH_MODULUS == 0:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * pow(d, -1, _HASH_MODULUS))
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    # ----- comparisons ------------------------------------------------------------

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        r = _nd(b)
        if r is not None:
            return a._numerator == r[0] and a._denominator == r[1]
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction(b)
        return NotImplemented

    def _cmp(a, b):
        # Returns a pair whose comparison is the comparison of a and b, or None.
        r = _nd(b)
        if r is not None:
            return a._numerator * r[1], r[0] * a._denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0, b
            n, d = b.as_integer_ratio()
            return a._numerator * d, n * a._denominator
        return None

    def __lt__(a, b):
        p = a._cmp(b)
        if p is None:
            return NotImplemented
        return p[0] < p[1]

    def __gt__(a, b):
        p = a._cmp(b)
        if p is None:
            return NotImplemented
        return p[0] > p[1]

    def __le__(a, b):
        p = a._cmp(b)
        if p is None:
            return NotImplemented
        return p[0] <= p[1]

    def __ge__(a, b):
        p = a._cmp(b)
        if p is None:
            return NotImplemented
        return p[0] >= p[1]

    def __bool__(a):
        return a._numerator != 0

    # ----- copying and pickling ---------------------------------------------------

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
