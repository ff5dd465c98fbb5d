# mempy's `decimal` module (mirrors CPython's `decimal`, i.e. the C `_decimal` over
# libmpdec, and the General Decimal Arithmetic specification it implements): decimal
# floating point with a context giving the precision, the rounding mode, the exponent
# limits and which signals trap. Compiled from this source at first import.
#
# A finite number is sign, coefficient (a Python int) and exponent: the value is
# (-1)**sign * coefficient * 10**exponent. Every operation computes the exact result
# (or, for division and square root, enough digits plus a sticky digit) and rounds it
# once to the context, so results are correctly rounded as the specification asks.
# Conditions raised by one operation are collected, set as flags, and the trapped ones
# raised together as CPython does: `decimal.InvalidOperation:
# [<class 'decimal.ConversionSyntax'>]`.
#
# Provided: Decimal (construction from int, str, float (exact), tuple, Decimal; str,
# repr, to_eng_string, format() with the e/f/g/%/n types, fill, align, sign, width,
# grouping and precision; + - * / // % divmod, ** and pow (three-argument too), unary
# - + abs; exp, ln, log10 (correctly rounded by Ziv's strategy, see below);
# comparisons with Decimal, int and float; hash equal to the equal int or float; int,
# float, round, math.floor/ceil/trunc; quantize, to_integral_value,
# to_integral_exact, sqrt, normalize, adjusted, as_tuple, as_integer_ratio, compare,
# max, min, copy_abs, copy_negate, copy_sign, the is_* predicates), Context with
# prec, rounding, Emin, Emax, capitals, clamp, flags and traps, and its arithmetic
# methods; getcontext, setcontext, localcontext (with keyword overrides),
# DefaultContext, BasicContext, ExtendedContext; the signals and rounding constants.
#
# The specification's other operations are there too: compare_signal, compare_total
# (and _mag), fma, logb, scaleb, the logical_* operations, rotate, shift, next_plus,
# next_minus, next_toward, max_mag, min_mag, remainder_near, number_class.
# Left out: the `n` format's locale (it formats as `g`), thread-local
# contexts (there is one context) and contextvars.
# Error messages name the type 'Decimal' where CPython's C type says 'decimal.Decimal'
# (except for the Decimal-with-float arithmetic error, which is reproduced).
# Integer powers whose exact result would exceed 20000 digits are computed with guard
# digits instead of exactly, and a transcendental result lying exactly on a rounding
# boundary (only possible for a non-integral power) gives up refining after six
# doublings of the working precision, so such results could round differently.

import math as _math
from collections import namedtuple as _namedtuple

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
    "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
    "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
    "FloatOperation", "DivisionImpossible", "InvalidContext", "ConversionSyntax",
    "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
    "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
    "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
    "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """The exponent of a result was altered to fit the context."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed."""


class ConversionSyntax(InvalidOperation):
    """A string could not be converted to a Decimal."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A non-zero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """The integer quotient does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """A result was rounded and digits that were not zero were lost."""


class InvalidContext(InvalidOperation):
    """The context was invalid."""


class Rounded(DecimalException):
    """A result was rounded (its coefficient may have lost only zeros)."""


class Subnormal(DecimalException):
    """A result's exponent was below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """A result's exponent was above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded and became less exact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (in a constructor or an ordering)."""


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
           DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
           InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation):
    _c.__module__ = "decimal"
del _c

# The signals in the order of the flags and traps mapping (and of the conditions
# listed in a raised exception).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
# The order of Context's repr lists.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
               Overflow, Rounded, Subnormal, Underflow)
# Conditions that are reported through the InvalidOperation signal.
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation,
                     DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation,
                     InvalidContext: InvalidOperation}

_SIGNAL_LIST_TEXT = ("valid values for signals are:\n"
                     "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                     "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                     "   Clamped]")


class _SignalDict:
    # Context.flags / Context.traps: a mapping from each signal to a bool.

    def __init__(self, on=()):
        self._d = {s: (s in on) for s in _SIGNALS}

    def _check(self, key):
        if key not in self._d:
            raise KeyError(_SIGNAL_LIST_TEXT)

    def __getitem__(self, key):
        self._check(key)
        return self._d[key]

    def __setitem__(self, key, value):
        self._check(key)
        self._d[key] = bool(value)

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def copy(self):
        return {k: v for k, v in self._d.items()}

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __repr__(self):
        return "{" + ", ".join("%r:%r" % (k, v) for k, v in self._d.items()) + "}"

    def _on(self):
        return [s for s in _REPR_ORDER if self._d[s]]


# ---------------------------------------------------------------- context

class Context:
    """The environment of arithmetic operations: precision, rounding, exponent
    limits, capitals (E or e), clamp, and the flags and traps of the signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = _default_template
        self.prec = base.prec if prec is None else prec
        self.rounding = base.rounding if rounding is None else rounding
        self.Emin = base.Emin if Emin is None else Emin
        self.Emax = base.Emax if Emax is None else Emax
        self.capitals = base.capitals if capitals is None else capitals
        self.clamp = base.clamp if clamp is None else clamp
        self.flags = _SignalDict(self._signal_set(flags, ()))
        self.traps = _SignalDict(self._signal_set(
            traps, [s for s in _SIGNALS if base.traps.get(s)]))

    @staticmethod
    def _signal_set(value, default):
        if value is None:
            return default
        if isinstance(value, (dict, _SignalDict)):
            return [s for s in _SIGNALS if value.get(s)]
        out = list(value)
        for s in out:
            if s not in _SIGNALS:
                raise KeyError(_SIGNAL_LIST_TEXT)
        return out

    def __setattr__(self, name, value):
        if name in ("prec", "Emin", "Emax", "capitals", "clamp"):
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value > 2**63 - 1 or value < -2**63:
                raise OverflowError("Python int too large to convert to C ssize_t")
            if name == "prec" and not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
            if name == "Emin" and not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
            if name == "Emax" and not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
            if name == "capitals" and value not in (0, 1):
                raise ValueError("valid values for capitals are 0 or 1")
            if name == "clamp" and value not in (0, 1):
                raise ValueError("valid values for clamp are 0 or 1")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n"
                                "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                                "   ROUND_05UP]")
        elif name in ("flags", "traps"):
            if isinstance(value, _SignalDict):
                value = _SignalDict(value._on())
            elif isinstance(value, dict):
                if len(value) != len(_SIGNALS) or \
                        any(s not in value for s in _SIGNALS):
                    raise KeyError("invalid signal dict")
                value = _SignalDict([s for s in _SIGNALS if value[s]])
            else:
                raise TypeError("argument must be a signal dict")
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'"
                                 % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, "
                "clamp=%d, flags=[%s], traps=[%s])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                   self.clamp, ", ".join(s.__name__ for s in self.flags._on()),
                   ", ".join(s.__name__ for s in self.traps._on())))

    def copy(self):
        """A copy of the context, flags and traps included."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, self.flags.copy(),
                       self.traps.copy())

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        """The smallest exponent of a subnormal result: Emin - prec + 1."""
        return self.Emin - self.prec + 1

    def Etop(self):
        """The largest exponent of a full-precision result: Emax - prec + 1."""
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    # What one operation raised: set the flags, raise the trapped conditions.
    def _done(self, result, st):
        if not st:
            return result
        trapped = []
        for cond in st:
            sig = _CONDITION_SIGNAL.get(cond, cond)
            self.flags[sig] = True
            if self.traps[sig] and cond not in trapped:
                trapped.append(cond)
        if trapped:
            def order(cond):
                return _SIGNALS.index(_CONDITION_SIGNAL.get(cond, cond))
            trapped.sort(key=order)
            raise _CONDITION_SIGNAL.get(trapped[0], trapped[0])(trapped)
        return result

    def create_decimal(self, num="0"):
        """A Decimal from num, rounded to this context."""
        if isinstance(num, str) and (num != num.strip() or "_" in num):
            # Unlike Decimal(), no surrounding whitespace and no underscores.
            return self._done(_nan(), [ConversionSyntax])
        d = Decimal(num, context=self)
        if d._kind in (_NAN, _SNAN) and d._int and _nd(d._int) > self.prec - self.clamp:
            return self._done(_nan(), [ConversionSyntax])
        st = []
        if isinstance(num, float):
            st.append(FloatOperation)
        if d._kind == _SNAN:
            return self._done(_new(d._sign, d._int, 0, _SNAN), st)
        return self._done(_check_nans(d, None, self, st) or _fixed(d, self, st), st)

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def _op(self, name, *args):
        args = [_convert_strict(a) for a in args]
        return getattr(args[0], name)(*args[1:], context=self)

    def abs(self, a):
        return self._op("__abs__", a)

    def add(self, a, b):
        return self._op("__add__", a, b)

    def subtract(self, a, b):
        return self._op("__sub__", a, b)

    def multiply(self, a, b):
        return self._op("__mul__", a, b)

    def divide(self, a, b):
        return self._op("__truediv__", a, b)

    def divide_int(self, a, b):
        return self._op("__floordiv__", a, b)

    def remainder(self, a, b):
        return self._op("__mod__", a, b)

    def divmod(self, a, b):
        return self._op("__divmod__", a, b)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            return _pow_mod(_convert_strict(a), b, modulo, self)
        return self._op("__pow__", a, b)

    def plus(self, a):
        return self._op("__pos__", a)

    def minus(self, a):
        return self._op("__neg__", a)

    def sqrt(self, a):
        return self._op("sqrt", a)

    def exp(self, a):
        return self._op("exp", a)

    def ln(self, a):
        return self._op("ln", a)

    def log10(self, a):
        return self._op("log10", a)

    def quantize(self, a, b):
        return self._op("quantize", a, b)

    def compare(self, a, b):
        return self._op("compare", a, b)

    def max(self, a, b):
        return self._op("max", a, b)

    def min(self, a, b):
        return self._op("min", a, b)

    def normalize(self, a):
        return self._op("normalize", a)

    def to_integral_value(self, a):
        return self._op("to_integral_value", a)

    def to_integral_exact(self, a):
        return self._op("to_integral_exact", a)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _convert_strict(a).__str__(context=self)

    def to_eng_string(self, a):
        return _convert_strict(a).to_eng_string(context=self)

    def is_zero(self, a):
        return _convert_strict(a).is_zero()

    def is_signed(self, a):
        return _convert_strict(a).is_signed()

    def is_nan(self, a):
        return _convert_strict(a).is_nan()

    def is_finite(self, a):
        return _convert_strict(a).is_finite()

    def is_infinite(self, a):
        return _convert_strict(a).is_infinite()

    def copy_abs(self, a):
        return _convert_strict(a).copy_abs()

    def copy_negate(self, a):
        return _convert_strict(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert_strict(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_convert_strict(a))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a.canonical()

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a.is_canonical()

    def is_qnan(self, a):
        return _convert_strict(a).is_qnan()

    def is_snan(self, a):
        return _convert_strict(a).is_snan()

    def is_normal(self, a):
        return _convert_strict(a).is_normal(context=self)

    def is_subnormal(self, a):
        return _convert_strict(a).is_subnormal(context=self)

    def number_class(self, a):
        return _convert_strict(a).number_class(context=self)

    def same_quantum(self, a, b):
        return _convert_strict(a).same_quantum(b)

    def compare_signal(self, a, b):
        return self._op("compare_signal", a, b)

    def compare_total(self, a, b):
        return _convert_strict(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert_strict(a).compare_total_mag(b)

    def fma(self, a, b, c):
        return _convert_strict(a).fma(b, c, context=self)

    def logb(self, a):
        return self._op("logb", a)

    def scaleb(self, a, b):
        return self._op("scaleb", a, b)

    def rotate(self, a, b):
        return self._op("rotate", a, b)

    def shift(self, a, b):
        return self._op("shift", a, b)

    def logical_and(self, a, b):
        return self._op("logical_and", a, b)

    def logical_or(self, a, b):
        return self._op("logical_or", a, b)

    def logical_xor(self, a, b):
        return self._op("logical_xor", a, b)

    def logical_invert(self, a):
        return self._op("logical_invert", a)

    def max_mag(self, a, b):
        return self._op("max_mag", a, b)

    def min_mag(self, a, b):
        return self._op("min_mag", a, b)

    def next_plus(self, a):
        return self._op("next_plus", a)

    def next_minus(self, a):
        return self._op("next_minus", a)

    def next_toward(self, a, b):
        return self._op("next_toward", a, b)

    def remainder_near(self, a, b):
        return self._op("remainder_near", a, b)

    def _apply(self, a):
        """a rounded to this context, sign kept (the specification's `apply`)."""
        a = _convert_strict(a)
        if a._kind in (_NAN, _SNAN):
            n = _fix_nan(a, self)
            return _new(n._sign, n._int, 0, a._kind)
        st = []
        return self._done(_fixed(a, self, st), st)


class _TemplateDefaults:
    # What Context() starts from before DefaultContext exists.
    prec = 28
    rounding = ROUND_HALF_EVEN
    Emin = -999999
    Emax = 999999
    capitals = 1
    clamp = 0
    traps = {InvalidOperation: True, DivisionByZero: True, Overflow: True}


_default_template = _TemplateDefaults
DefaultContext = Context()
_default_template = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow,
                              Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = None


def getcontext():
    """The current context (one for the program: mempy runs one thread)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    """Makes `context` the current context (a copy, for the three templates)."""
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_LOCALCONTEXT_KEYS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp",
                      "flags", "traps")


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of ctx (or of the current context), with the
    keyword arguments applied, current for the length of a `with` block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCALCONTEXT_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function"
                            % key)
        setattr(new, key, value)
    return _ContextManager(new)


# ---------------------------------------------------------------- digits

_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _nd(c):
    """The number of decimal digits of c >= 0 (1 for 0), without str(): CPython
    limits int-to-str conversion to 4300 digits and coefficients may be longer."""
    if c < 10**18:
        n = 1
        while c >= 10:
            c //= 10
            n += 1
        return n
    k = (c.bit_length() - 1) * 30103 // 100000
    p = 10**k
    while p * 10 <= c:
        p *= 10
        k += 1
    while p > c:
        p //= 10
        k -= 1
    return k + 1


def _digits(c, n=None):
    """The decimal digits of c >= 0 as a string (in pieces for long ones)."""
    if c < 10**1000:
        return str(c)
    if n is None:
        n = _nd(c)
    low = n // 2
    hi, lo = divmod(c, 10**low)
    return _digits(hi, n - low) + _digits(lo, low).rjust(low, "0")


def _shift_round(sign, c, n, rounding):
    """Drops the n > 0 lowest digits of c, rounding by `rounding`: (result, inexact)."""
    if n > _nd(c) + 1:
        q, r, half = 0, (1 if c else 0), 2
    else:
        p = 10**n
        q, r = divmod(c, p)
        half = p // 2
    if r == 0:
        return q, False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:  # ROUND_05UP: away from zero only if the kept last digit is 0 or 5
        up = q % 5 == 0
    return q + (1 if up else 0), True


def _new(sign, coeff, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._kind = kind
    return d


def _nan(sign=0, payload=0):
    return _new(sign, payload, 0, _NAN)


def _inf(sign):
    return _new(sign, 0, 0, _INF)


def _overflow(sign, ctx, st):
    st.extend((Overflow, Inexact, Rounded))
    r = ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
        return _inf(sign)
    return _new(sign, 10**ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _fix(sign, c, e, ctx, st):
    """Rounds the exact value (-1)**sign * c * 10**e to the context, appending the
    conditions met to st."""
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if c == 0:
        top = etop if ctx.clamp else ctx.Emax
        e2 = min(max(e, etiny), top)
        if e2 != e:
            st.append(Clamped)
        return _new(sign, 0, e2)
    n = _nd(c)
    emin_here = n + e - prec  # the least exponent at which c fits in prec digits
    if emin_here > etop:
        return _overflow(sign, ctx, st)
    subnormal = n + e - 1 < ctx.Emin
    if emin_here < etiny:
        emin_here = etiny
    if e < emin_here:
        c2, inexact = _shift_round(sign, c, emin_here - e, ctx.rounding)
        e2 = emin_here
        if _nd(c2) > prec:  # rounding carried into a new digit (999 -> 1000)
            c2 //= 10
            e2 += 1
            if e2 > etop:
                return _overflow(sign, ctx, st)
        if subnormal:
            st.append(Subnormal)
            if inexact:
                st.append(Underflow)
            if c2 == 0:
                st.append(Clamped)
        if inexact:
            st.append(Inexact)
        st.append(Rounded)
        return _new(sign, c2, e2)
    if subnormal:
        st.append(Subnormal)
    if ctx.clamp and e > etop:
        c = c * 10**(e - etop)
        e = etop
        st.append(Clamped)
    return _new(sign, c, e)


def _check_nans(a, b, ctx, st):
    """The result of an operation on NaNs (a quiet NaN; an sNaN signals), or None."""
    ka = a._kind
    kb = b._kind if b is not None else _FINITE
    if ka == _SNAN or kb == _SNAN:
        st.append(InvalidOperation)
        src = a if ka == _SNAN else b
        return _fix_nan(src, ctx)
    if ka == _NAN:
        return _fix_nan(a, ctx)
    if kb == _NAN:
        return _fix_nan(b, ctx)
    return None


def _fix_nan(d, ctx):
    # A NaN's payload keeps at most prec - clamp digits.
    payload = d._int
    keep = ctx.prec - ctx.clamp
    if payload and _nd(payload) > keep:
        payload = payload % 10**keep if keep > 0 else 0
    return _nan(d._sign, payload)


def _invalid(st, cond=InvalidOperation):
    st.append(cond)
    return _nan()


def _plus(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._kind == _INF:
        return a
    sign = a._sign
    if a._int == 0 and ctx.rounding != ROUND_FLOOR:
        sign = 0  # +(-0) is 0, as 0 + (-0) is
    return _fix(sign, a._int, a._exp, ctx, st)


def _fixed(a, ctx, st):
    # a rounded to the context, its sign kept (unlike unary plus, -0 stays -0).
    if a._kind != _FINITE:
        return a
    return _fix(a._sign, a._int, a._exp, ctx, st)


def _align_for_add(a, b, prec):
    """Both coefficients on the smaller exponent. When one operand lies entirely
    below the other's rounding position it is replaced by a one-digit stand-in just
    below that position, which rounds the sum the same way without building a
    number with millions of digits."""
    (ca, ea), (cb, eb) = (a._int, a._exp), (b._int, b._exp)
    swapped = False
    if ea < eb:
        ca, ea, cb, eb = cb, eb, ca, ea
        swapped = True
    # Now ea >= eb: (ca, ea) is the operand with the larger exponent.
    floor_exp = ea + min(-1, _nd(ca) - prec - 2)
    if cb and _nd(cb) + eb - 1 < floor_exp:
        cb, eb = 1, floor_exp
    ca = ca * 10**(ea - eb)
    ea = eb
    if swapped:
        return cb, ca, eb
    return ca, cb, eb


def _add(a, b, ctx, st, negate_b=False):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    bsign = b._sign ^ (1 if negate_b else 0)
    if a._kind == _INF:
        if b._kind == _INF and a._sign != bsign:
            return _invalid(st)
        return _inf(a._sign)
    if b._kind == _INF:
        return _inf(bsign)
    exp = min(a._exp, b._exp)
    if a._int == 0 and b._int == 0:
        if a._sign == 1 and bsign == 1:
            sign = 1
        elif a._sign != bsign:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        else:
            sign = 0
        return _fix(sign, 0, exp, ctx, st)
    if a._int == 0:
        e = max(exp, b._exp - ctx.prec - 1)
        return _fix(bsign, b._int * 10**(b._exp - e), e, ctx, st) \
            if e <= b._exp else _fix(bsign, b._int, b._exp, ctx, st)
    if b._int == 0:
        e = max(exp, a._exp - ctx.prec - 1)
        return _fix(a._sign, a._int * 10**(a._exp - e), e, ctx, st) \
            if e <= a._exp else _fix(a._sign, a._int, a._exp, ctx, st)
    ca, cb, e = _align_for_add(a, b, ctx.prec)
    va = -ca if a._sign else ca
    vb = -cb if bsign else cb
    v = va + vb
    if v == 0:
        return _fix(1 if ctx.rounding == ROUND_FLOOR else 0, 0, e, ctx, st)
    return _fix(1 if v < 0 else 0, abs(v), e, ctx, st)


def _mul(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind == _INF or b._kind == _INF:
        other = b if a._kind == _INF else a
        if other._kind == _FINITE and other._int == 0:
            return _invalid(st)
        return _inf(sign)
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx, st)


def _div(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _invalid(st)
        return _inf(sign)
    if b._kind == _INF:
        st.append(Clamped)
        return _new(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, DivisionUndefined)
        st.append(DivisionByZero)
        return _inf(sign)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(sign, 0, ideal, ctx, st)
    # Enough quotient digits for prec plus one guard digit; a remainder becomes a
    # sticky 1 in a last digit that is 0 or 5, so rounding sees "just above".
    shift = _nd(b._int) - _nd(a._int) + ctx.prec + 1
    if shift >= 0:
        q, rem = divmod(a._int * 10**shift, b._int)
    else:
        q, rem = divmod(a._int, b._int * 10**(-shift))
    e = ideal - shift
    if rem:
        if q % 5 == 0:
            q += 1
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return _fix(sign, q, e, ctx, st)


def _divint_parts(a, b, ctx, st, want_r=True):
    """(quotient, remainder) of finite a and b != 0 as Decimals, truncating toward
    zero; "impossible" (the caller signals DivisionImpossible) when the quotient
    needs more than prec digits."""
    sign = a._sign ^ b._sign
    rexp = min(a._exp, b._exp)
    if not want_r:
        st = []  # the remainder's conditions are not this operation's
    if a._int == 0 or a._nd_adjusted() - b._nd_adjusted() <= -2:
        return _new(sign, 0, 0), _fix(a._sign, a._int * 10**(a._exp - rexp)
                                      if a._exp >= rexp else a._int, rexp, ctx, st)
    if a._nd_adjusted() - b._nd_adjusted() > ctx.prec:
        # The quotient has more than prec digits: known without scaling a
        # coefficient by a huge power of ten.
        return "impossible"
    ca = a._int * 10**(a._exp - rexp)
    cb = b._int * 10**(b._exp - rexp)
    q, r = divmod(ca, cb)
    if q >= 10**ctx.prec:
        return "impossible"
    return _new(sign, q, 0), _fix(a._sign, r, rexp, ctx, st)


def _divmod_ops(a, b, ctx, st, want):
    # want: "q", "r" or "qr"
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return (r, r) if want == "qr" else r
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            n = _invalid(st)
            return (n, n) if want == "qr" else n
        if want == "q":
            return _inf(sign)
        n = _invalid(st)
        return (_inf(sign), n) if want == "qr" else n
    if b._kind == _INF:
        q = _new(sign, 0, 0)
        rem = _fix(a._sign, a._int, a._exp, ctx, st)
        return {"q": q, "r": rem, "qr": (q, rem)}[want]
    if b._int == 0:
        if a._int == 0:
            n = _invalid(st, DivisionUndefined)
            return (n, n) if want == "qr" else n
        if want == "r":
            return _invalid(st)
        st.append(DivisionByZero)
        if want == "q":
            return _inf(sign)
        st.append(InvalidOperation)
        return _inf(sign), _nan()
    parts = _divint_parts(a, b, ctx, st, want != "q")
    if parts == "impossible":
        st.append(DivisionImpossible)
        n = _nan()
        return (n, n) if want == "qr" else n
    q, rem = parts
    return {"q": q, "r": rem, "qr": (q, rem)}[want]


_EXACT_POWER_DIGITS = 20000


def _int_power(sign, c, e, n, ctx):
    """(coefficient, exponent, exact) of (c * 10**e) ** n for n > 0: exact when the
    result has at most _EXACT_POWER_DIGITS digits, else with guard digits."""
    if n * _nd(c) <= _EXACT_POWER_DIGITS:
        return c**n, e * n, True
    work = ctx.prec + _nd(n) + 10
    acc_c, acc_e = 1, 0
    base_c, base_e = c, e
    exact = True

    def trim(cc, ee):
        nonlocal exact
        extra = _nd(cc) - work
        if extra > 0:
            p = 10**extra
            cc, r = divmod(cc, p)
            ee += extra
            if r:
                exact = False
                if cc % 5 == 0:
                    cc += 1
        return cc, ee

    while True:
        if n & 1:
            acc_c, acc_e = trim(acc_c * base_c, acc_e + base_e)
        n >>= 1
        if not n:
            break
        base_c, base_e = trim(base_c * base_c, base_e * 2)
    return acc_c, acc_e, exact


def _pow(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    if b._kind == _INF or not b._is_integral():
        return _pow_real(a, b, ctx, st)
    n = b._to_int()
    if n == 0:
        if a._kind == _FINITE and a._int == 0:
            return _invalid(st)
        return _new(0, 1, 0)
    sign = a._sign if n % 2 else 0
    if a._kind == _INF:
        return _inf(sign) if n > 0 else _new(sign, 0, 0)
    if a._int == 0:
        return _new(sign, 0, 0) if n > 0 else _inf(sign)
    # A result far below the smallest subnormal is 0 whatever the rounding mode,
    # as libmpdec gives it.
    adj = a._nd_adjusted()
    etiny = ctx.Emin - ctx.prec + 1
    # log10 of the result, estimated from a's leading digits, with a margin.
    lead = _digits(a._int)[:15]
    lg1 = adj + _math.log10(int(lead) / 10**(len(lead) - 1))
    if abs(n) < 10**300:
        lg = lg1 * n
    else:  # beyond a float: only the sign of the estimate matters
        lg = 0.0 if lg1 == 0 else _math.copysign(_math.inf, lg1 * (1 if n > 0 else -1))
    if lg < etiny - 3:
        down = ctx.copy()
        down.rounding = ROUND_DOWN
        return _fix(sign, 1, etiny - 3, down, st)
    if n > 0:
        c, e, exact = _int_power(sign, a._int, a._exp, n, ctx)
        if not exact:
            st.append(Inexact)
            st.append(Rounded)
        return _fix(sign, c, e, ctx, st)
    # A negative power is one divided by the positive power.
    c, e, exact = _int_power(0, a._int, a._exp, -n, ctx)
    q = _div(_new(sign, 1, 0), _new(0, c, e), ctx, st)
    if not exact and Inexact not in st:
        st.append(Inexact)
        st.append(Rounded)
    return q


def _pow_mod(a, b, m, context):
    # pow(a, b, m) for integral a, b >= 0 and m != 0: (a**b) % m, exactly.
    ctx = getcontext() if context is None else context
    b = _convert(b)
    m = _convert(m)
    if b is NotImplemented or m is NotImplemented:
        return NotImplemented
    st = []
    for x in (a, b, m):
        if x._kind in (_NAN, _SNAN):
            r = _check_nans(x, None, ctx, st)
            return ctx._done(r, st)
    ok = all(x._kind == _FINITE and x._is_integral() for x in (a, b, m))
    if not ok or (b._sign and b._int) or m._int == 0 or (a._int == 0 and b._int == 0) or \
            _nd(abs(m._to_int())) > ctx.prec:
        return ctx._done(_invalid(st), st)
    base, exp, mod = abs(a._to_int()), b._to_int(), abs(m._to_int())
    r = pow(base, exp, mod)
    sign = a._sign if exp % 2 else 0
    return ctx._done(_new(sign, r, 0), st)


# ---------------------------------------------------------------- exp, ln, log10

# Transcendental results are computed in fixed point (an int V standing for
# V * 10**-G) with a known error bound, and rounded only when the whole interval
# V +- error rounds to the same Decimal (Ziv's strategy); otherwise again with twice
# the digits. So the results are correctly rounded, half-even, as the specification
# asks, and always Inexact (as libmpdec reports even 4 ** 0.5).

_CONST_CACHE = {}


def _atanh_inv(n, g):
    # atanh(1/n) * 10**g, for an integer n >= 2 (error: a few units).
    p = 10**g // n
    total = p
    n2 = n * n
    j = 1
    while p:
        p //= n2
        j += 2
        total += p // j
    return total


def _ln2(g):
    key = ("ln2", g)
    if key not in _CONST_CACHE:
        _CONST_CACHE[key] = 2 * _atanh_inv(3, g + 5) // 10**5
    return _CONST_CACHE[key]


def _ln10(g):
    # ln 10 = 3 ln 2 + ln 1.25, and ln 1.25 = 2 atanh(1/9).
    key = ("ln10", g)
    if key not in _CONST_CACHE:
        _CONST_CACHE[key] = (6 * _atanh_inv(3, g + 5) + 2 * _atanh_inv(9, g + 5)) \
            // 10**5
    return _CONST_CACHE[key]


def _ln_fixed(c, e, g):
    """ln(c * 10**e) * 10**g for c > 0, within a few units times the decimal
    exponent's size (callers add guard digits for that)."""
    d = _nd(c)
    big_e = e + d - 1           # c * 10**e = m * 10**big_e with 1 <= m < 10
    den = 10**(d - 1)
    k = 0
    while c >= (den << (k + 1)):
        k += 1                  # m / 2**k is in [1, 2)
    one = 10**g
    m = c * one // (den << k)
    z = (m - one) * one // (m + one)   # ln y = 2 atanh((y - 1) / (y + 1))
    total = z
    term = z
    z2 = z * z // one
    j = 1
    while term:
        term = term * z2 // one
        j += 2
        total += term // j
    return 2 * total + k * _ln2(g) + big_e * _ln10(g)


def _exp_fixed(x, g):
    """(V, n): exp(x / 10**g) ~ V * 10**(n - g) with V >= 10**g, a relative error
    of a few parts in 10**(g - 6); x is an int fixed-point number at scale g."""
    ln10 = _ln10(g)
    n = x // ln10
    r = x - n * ln10            # exp(x) = exp(r) * 10**n, 0 <= r < ln 10
    halvings = 12
    one = 10**g
    r = r >> halvings
    total = one
    term = one
    j = 0
    while term:
        j += 1
        term = term * r // (one * j)
        total += term
    for _ in range(halvings):
        total = total * total // one
    return total, n


def _decide(sign, v, err, exp10, ctx):
    """The Decimal that every value in (v - err, v + err) * 10**exp10 rounds to
    (by ctx), or None if the interval straddles a rounding boundary."""
    if v - err <= 0:
        return None
    sub = ctx.copy()
    sub.traps = {s: False for s in _SIGNALS}
    lo = _fix(sign, v - err, exp10, sub, [])
    hi = _fix(sign, v + err, exp10, sub, [])
    if lo._kind != hi._kind or lo._int != hi._int or lo._exp != hi._exp:
        return None
    return lo


def _half_even(ctx):
    sub = ctx.copy()
    sub.rounding = ROUND_HALF_EVEN
    return sub


def _ziv(compute, sign, ctx, st):
    # compute(w) -> (v, err, exp10) with v accurate to about w digits; rounded by
    # ctx (exp, ln and log10 pass a half-even copy, power the caller's context).
    w = ctx.prec + 12
    base_sign = sign
    for _ in range(6):
        v, err, exp10 = compute(w)
        sign = base_sign
        if v < 0:
            v, sign = -v, 1 - base_sign
        if _decide(sign, v, err, exp10, ctx) is not None:
            break
        w *= 2
    r = _fix(sign, v, exp10, ctx, st)
    # The result is never exact, even when the digits kept happen to be: so a
    # subnormal one has underflowed.
    conds = (Underflow, Inexact, Rounded) if Subnormal in st else (Inexact, Rounded)
    for cond in conds:
        if cond not in st:
            st.append(cond)
    return r


def _exp_bounds(ctx):
    # exp(x) overflows beyond (Emax + 1) ln 10 and is below the smallest
    # subnormal beyond (Etiny - 2) ln 10: tested on a float image of x, with a
    # margin, so enormous exponents are never expanded.
    return (ctx.Emax + 2) * 2.302585092994046, (ctx.Emin - ctx.prec - 2) * \
        2.302585092994046


def _exp_of(sign, c, e, ctx, st):
    # exp of the exact value (-1)**sign * c * 10**e (finite, not zero).
    ctx = _half_even(ctx)
    hi_bound, lo_bound = _exp_bounds(ctx)
    adj = e + _nd(c) - 1
    if adj > 25 or float(Decimal(_new(sign, c, e))) > hi_bound:
        if sign == 0:
            return _overflow(0, ctx, st)
    if sign == 1 and (adj > 25 or -float(Decimal(_new(0, c, e))) < lo_bound):
        return _fix(0, 1, ctx.Emin - ctx.prec - 2, ctx, st)

    def compute(w):
        g = w + 8 + max(0, adj + 1)
        x = c * 10**(e + g) if e + g >= 0 else c // 10**(-e - g)
        if sign:
            x = -x
        v, n = _exp_fixed(x, g)
        return v, 10**7, n - g
    return _ziv(compute, 0, ctx, st)


def _exp(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._kind == _INF:
        return _new(0, 0, 0) if a._sign else _inf(0)
    if a._int == 0:
        return _new(0, 1, 0)
    return _exp_of(a._sign, a._int, a._exp, ctx, st)


def _ln(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._kind == _INF:
        return _invalid(st) if a._sign else _inf(0)
    if a._int == 0:
        return _inf(1)
    if a._sign:
        return _invalid(st)
    c, e = a._int, a._exp
    if e < 0 and c == 10**(-e) or (e == 0 and c == 1):
        return _new(0, 0, 0)    # ln 1 is exactly 0
    big_e = abs(e + _nd(c) - 1)

    def compute(w):
        g = w + 10 + _nd(big_e + 1)
        return _ln_fixed(c, e, g) // 10**(g - w), 2, -w
    return _ziv(compute, 0, _half_even(ctx), st)


def _log10(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._kind == _INF:
        return _invalid(st) if a._sign else _inf(0)
    if a._int == 0:
        return _inf(1)
    if a._sign:
        return _invalid(st)
    c, e = a._int, a._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1:
        return _fix(1 if e < 0 else 0, abs(e), 0, ctx, st)   # a power of ten
    big_e = abs(e + _nd(c) - 1)

    def compute(w):
        g = w + 10 + _nd(big_e + 1)
        return _ln_fixed(c, e, g) * 10**w // _ln10(g), 3, -w
    return _ziv(compute, 0, _half_even(ctx), st)


def _pow_real(a, b, ctx, st):
    # a ** b for a non-integral (or infinite) b: exp(b ln a).
    if a._kind == _FINITE and a._int == 0:
        if b._sign:
            return _inf(0)
        return _new(0, 0, 0)
    if a._sign:
        return _invalid(st)
    if a._kind == _INF:
        return _new(0, 0, 0) if b._sign else _inf(0)
    if b._kind == _INF:
        cmp1 = _compare(a, _new(0, 1, 0))
        if cmp1 == 0:
            return _ziv(lambda w: (10**w, 1, -w), 0, ctx, st)
        grows = (cmp1 > 0) != bool(b._sign)
        return _inf(0) if grows else _new(0, 0, 0)
    c, e = a._int, a._exp
    yc, ye = b._int, b._exp
    big_e = abs(e + _nd(c) - 1)
    y_adj = ye + _nd(yc) - 1
    # A rough size of b * ln a decides overflow and underflow without expanding it.
    if big_e < 300:
        ln_a = _math.log(float(_new(0, c, e)))
    else:  # beyond a float: from the adjusted exponent and the leading digits
        lead = _digits(c)[:17]
        ln_a = (e + _nd(c) - 1 + _math.log10(int(lead) / 10**(len(lead) - 1))) * \
            2.302585092994046
    if y_adj <= -300:
        size = 0.0  # |b ln a| is far below 1: the result is 1 to any precision's eye
    elif y_adj < 300:
        size = float(_new(b._sign, yc, ye)) * ln_a
    elif ln_a == 0:
        size = 0.0
    else:
        size = _math.copysign(_math.inf, ln_a * (-1 if b._sign else 1))
    hi_bound, lo_bound = _exp_bounds(ctx)
    if size > hi_bound:
        return _overflow(0, ctx, st)
    if size < lo_bound:
        # Far below the smallest subnormal: 0 whatever the rounding mode, as
        # libmpdec gives it.
        ctx = ctx.copy()
        ctx.rounding = ROUND_DOWN
        return _fix(0, 1, ctx.Emin - ctx.prec - 2, ctx, st)

    def compute(w):
        g = w + 12 + _nd(big_e + 1) + max(0, y_adj + 1) + max(0, int(abs(size)) // 2
                                                               ).bit_length()
        ln_a = _ln_fixed(c, e, g)
        t = ln_a * yc
        if ye >= 0:
            t = t * 10**ye
        elif -ye > g + _nd(t) + 2:
            t = 0  # below the working precision (and within the error bound)
        else:
            t = t // 10**(-ye)
        if b._sign:
            t = -t
        v, n = _exp_fixed(t, g)
        return v, 10**8, n - g
    return _ziv(compute, 0, ctx, st)


def _compare(a, b):
    """-1, 0 or 1 for finite or infinite a and b (no NaNs)."""
    if a._kind == _INF or b._kind == _INF:
        va = (-1 if a._sign else 1) if a._kind == _INF else 0
        vb = (-1 if b._sign else 1) if b._kind == _INF else 0
        if va == vb:
            if va == 0:
                return 0
            return 0
        if va or vb:
            if va and vb:
                return -1 if va < vb else 1
            if va:
                return va
            return -vb
    az = a._int == 0
    bz = b._int == 0
    if az or bz:
        if az and bz:
            return 0
        if az:
            return 1 if b._sign else -1
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    adja = a._nd_adjusted()
    adjb = b._nd_adjusted()
    if adja != adjb:
        return s if adja > adjb else -s
    e = min(a._exp, b._exp)
    ca = a._int * 10**(a._exp - e)
    cb = b._int * 10**(b._exp - e)
    if ca == cb:
        return 0
    return s if ca > cb else -s


def _convert(other, float_ok=False):
    """other as a Decimal for arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if float_ok and isinstance(other, float):
        return Decimal.from_float(other)
    return NotImplemented


def _convert_strict(other):
    c = _convert(other)
    if c is NotImplemented:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(other).__name__)
    return c


def _unsupported(op, a, b):
    # CPython's message names the C type 'decimal.Decimal'.
    def name(x):
        return "decimal.Decimal" if isinstance(x, Decimal) else type(x).__name__
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, name(a), name(b)))


def _binary(op, symbol, reflected=False):
    def method(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, float):
                if reflected:
                    _unsupported(symbol, other, self)
                _unsupported(symbol, self, other)
            return NotImplemented
        ctx = getcontext() if context is None else context
        st = []
        if reflected:
            result = op(o, self, ctx, st)
        else:
            result = op(self, o, ctx, st)
        return ctx._done(result, st)
    return method


_P = 2**61 - 1
_INF_HASH = 314159
_TEN_INV = pow(10, _P - 2, _P)

_PARSE_ERROR = object()


def _parse(s):
    """(sign, coeff, exp, kind) from a numeric string, or _PARSE_ERROR."""
    s = s.strip()
    if "_" in s:
        # Underscores only between digits, as in int().
        parts = s.split("_")
        for i in range(len(parts) - 1):
            if not (parts[i][-1:].isdigit() and parts[i + 1][:1].isdigit()):
                return _PARSE_ERROR
        s = "".join(parts)
    if not s:
        return _PARSE_ERROR
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, 0, _INF
    for prefix, kind in (("snan", _SNAN), ("nan", _NAN)):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload == "":
                return sign, 0, 0, kind
            if not (payload.isdigit() and payload.isascii() or
                    all(ch.isdigit() for ch in payload)):
                return _PARSE_ERROR
            return sign, int(payload), 0, kind
    mant, exp = s, "0"
    for i, ch in enumerate(s):
        if ch in "eE":
            mant, exp = s[:i], s[i + 1:]
            if not exp:
                return _PARSE_ERROR
            break
    e_digits = exp[1:] if exp[:1] in "+-" else exp
    if not e_digits or not all(ch.isdigit() for ch in e_digits):
        return _PARSE_ERROR
    if mant.count(".") > 1:
        return _PARSE_ERROR
    intpart, _, frac = mant.partition(".")
    if not intpart and not frac:
        return _PARSE_ERROR
    for part in (intpart, frac):
        if part and not all(ch.isdigit() for ch in part):
            return _PARSE_ERROR
    coeff = int(intpart + frac) if (intpart + frac) else 0
    return sign, coeff, int(exp) - len(frac), _FINITE


DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent",
                           module="decimal")


class Decimal:
    """Floating-point decimal number: Decimal('3.14'), Decimal(7), Decimal(0.5)."""

    # Immutable and without a __dict__, as the C type.
    __slots__ = ("_sign", "_int", "_exp", "_kind")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int = value._sign, value._int
            self._exp, self._kind = value._exp, value._kind
            return self
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is _PARSE_ERROR:
                ctx = getcontext() if context is None else context
                ctx._done(None, [ConversionSyntax])
                parsed = (0, 0, 0, _NAN)
            if parsed[3] == _FINITE and parsed[1] and not \
                    MIN_ETINY <= parsed[2] + _nd(parsed[1]) - 1 <= MAX_EMAX:
                # An exponent beyond what any context allows.
                ctx = getcontext() if context is None else context
                ctx._done(None, [InvalidOperation])
                parsed = (0, 0, 0, _NAN)
            self._sign, self._int, self._exp, self._kind = parsed
            return self
        if isinstance(value, int):
            value = int(value)  # True is Decimal('1')
            self._sign = 1 if value < 0 else 0
            self._int = -value if value < 0 else value
            self._exp = 0
            self._kind = _FINITE
            return self
        if isinstance(value, float):
            ctx = getcontext() if context is None else context
            ctx._done(None, [FloatOperation])
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._kind = \
                d._sign, d._int, d._exp, d._kind
            return self
        if isinstance(value, (tuple, list)):
            self._sign, self._int, self._exp, self._kind = _from_tuple(value)
            return self
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of float (or int) f: Decimal.from_float(0.1) has 55
        digits."""
        if isinstance(f, int):
            d = Decimal(f)
            return d if cls is Decimal else cls(d)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            d = _nan()
        elif f in (float("inf"), float("-inf")):
            d = _inf(1 if f < 0 else 0)
        else:
            sign = 1 if _math.copysign(1.0, f) < 0 else 0
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1  # den is 2**k
            d = _new(sign, n * 5**k, -k)
        if cls is Decimal:
            return d
        return cls(d)

    # ------------------------------------------------------------ attributes

    def _nd_adjusted(self):
        return self._exp + _nd(self._int) - 1

    def adjusted(self):
        """The exponent of the most significant digit (0 for NaN and Infinity)."""
        if self._kind != _FINITE:
            return 0
        return self._nd_adjusted()

    def _is_integral(self):
        if self._kind != _FINITE:
            return False
        if self._exp >= 0 or self._int == 0:
            return True
        if -self._exp >= _nd(self._int):
            return False  # 0 < coefficient < 10**-exp (and no huge power built)
        return self._int % 10**(-self._exp) == 0

    def _to_int(self):
        # Truncated toward zero.
        if self._exp >= 0:
            v = self._int * 10**self._exp
        else:
            v = self._int // 10**(-self._exp)
        return -v if self._sign else v

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(ch) for ch in _digits(self._int)) if self._int or \
            self._kind == _FINITE else ()
        if self._kind == _NAN:
            return DecimalTuple(self._sign, digits, "n")
        if self._kind == _SNAN:
            return DecimalTuple(self._sign, digits, "N")
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._kind != _FINITE:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._int == 0:
            return 0, 1
        if self._exp >= 0:
            n, d = self._int * 10**self._exp, 1
        else:
            n, d = self._int, 10**(-self._exp)
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    # ------------------------------------------------------------ text

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._kind == _INF:
            return sign + "Infinity"
        if self._kind in (_NAN, _SNAN):
            name = "NaN" if self._kind == _NAN else "sNaN"
            return sign + name + (_digits(self._int) if self._int else "")
        digits = _digits(self._int)
        left = self._exp + len(digits)  # digits to the left of the point
        if self._exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            body = "0." + "0" * (-dot) + digits
        elif dot >= len(digits):
            body = digits + "0" * (dot - len(digits))
        else:
            body = digits[:dot] + "." + digits[dot:]
        if left == dot:
            return sign + body
        if context is None:
            context = getcontext()
        return sign + body + ("E" if context.capitals else "e") + \
            "%+d" % (left - dot)

    def to_eng_string(self, context=None):
        """The string with an exponent that is a multiple of three."""
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # ------------------------------------------------------------ arithmetic

    __add__ = _binary(_add, "+")
    __radd__ = _binary(_add, "+", True)
    __sub__ = _binary(lambda a, b, c, s: _add(a, b, c, s, True), "-")
    __rsub__ = _binary(lambda a, b, c, s: _add(a, b, c, s, True), "-", True)
    __mul__ = _binary(_mul, "*")
    __rmul__ = _binary(_mul, "*", True)
    __truediv__ = _binary(_div, "/")
    __rtruediv__ = _binary(_div, "/", True)
    __floordiv__ = _binary(lambda a, b, c, s: _divmod_ops(a, b, c, s, "q"), "//")
    __rfloordiv__ = _binary(lambda a, b, c, s: _divmod_ops(a, b, c, s, "q"), "//",
                            True)
    __mod__ = _binary(lambda a, b, c, s: _divmod_ops(a, b, c, s, "r"), "%")
    __rmod__ = _binary(lambda a, b, c, s: _divmod_ops(a, b, c, s, "r"), "%", True)
    __divmod__ = _binary(lambda a, b, c, s: _divmod_ops(a, b, c, s, "qr"),
                         "divmod()")
    __rdivmod__ = _binary(lambda a, b, c, s: _divmod_ops(a, b, c, s, "qr"),
                          "divmod()", True)
    _pow2 = _binary(_pow, "** or pow()")
    __rpow__ = _binary(_pow, "** or pow()", True)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return _pow_mod(self, other, modulo, context)
        return self._pow2(other, context)

    def __neg__(self, context=None):
        ctx = getcontext() if context is None else context
        st = []
        r = _check_nans(self, None, ctx, st)
        if r is None:
            if self._kind == _INF:
                r = _inf(1 - self._sign)
            elif self._int == 0 and ctx.rounding != ROUND_FLOOR:
                r = _fix(0, 0, self._exp, ctx, st)
            else:
                r = _fix(1 - self._sign, self._int, self._exp, ctx, st)
        return ctx._done(r, st)

    def __pos__(self, context=None):
        ctx = getcontext() if context is None else context
        st = []
        return ctx._done(_plus(self, ctx, st), st)

    def __abs__(self, round=True, context=None):
        ctx = getcontext() if context is None else context
        if not round:
            return self.copy_abs()
        st = []
        r = _check_nans(self, None, ctx, st)
        if r is None:
            if self._kind == _INF:
                r = _inf(0)
            else:
                r = _fix(0, self._int, self._exp, ctx, st)
        return ctx._done(r, st)

    def exp(self, context=None):
        """e ** self, correctly rounded (half-even)."""
        ctx = getcontext() if context is None else context
        st = []
        return ctx._done(_exp(self, ctx, st), st)

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (half-even)."""
        ctx = getcontext() if context is None else context
        st = []
        return ctx._done(_ln(self, ctx, st), st)

    def log10(self, context=None):
        """The base-ten logarithm, correctly rounded (half-even); exact for powers
        of ten."""
        ctx = getcontext() if context is None else context
        st = []
        return ctx._done(_log10(self, ctx, st), st)

    def sqrt(self, context=None):
        """The square root, correctly rounded (always half-even)."""
        ctx = getcontext() if context is None else context
        st = []
        r = _check_nans(self, None, ctx, st)
        if r is None:
            r = _sqrt(self, ctx, st)
        return ctx._done(r, st)

    # ------------------------------------------------------------ comparisons

    def _cmp_operand(self, other, op):
        # (self, other) as two Decimals to compare, or None when `other` is not a
        # number Decimal compares with. A Fraction is compared exactly: self's
        # coefficient is scaled by its denominator and set against its numerator.
        # A complex with no imaginary part is equal (or not) to its real part.
        o = _convert(other, float_ok=True)
        if o is NotImplemented:
            if isinstance(other, complex) and op in ("==", "!="):
                if other.imag != 0:
                    return None
                return self._cmp_operand(other.real, op)
            import numbers
            if not isinstance(other, numbers.Rational):
                return None
            num = Decimal(other.numerator)
            if self._kind not in (_NAN, _SNAN, _INF):
                sign, digits, exp = self.as_tuple()
                coeff = int(''.join(map(str, digits))) * other.denominator
                return Decimal((sign, tuple(map(int, str(coeff))), exp)), num
            return self, num
        if isinstance(other, float):
            ctx = getcontext()
            if op in ("==", "!="):
                # Equality with a float only sets the flag, trapped or not.
                ctx.flags[FloatOperation] = True
            else:
                ctx._done(None, [FloatOperation])
        return self, o

    def __eq__(self, other):
        pair = self._cmp_operand(other, "==")
        if pair is None:
            return NotImplemented
        me, o = pair
        if me._kind == _SNAN or o._kind == _SNAN:
            getcontext()._done(None, [InvalidOperation])
        if me._kind in (_NAN, _SNAN) or o._kind in (_NAN, _SNAN):
            return False
        return _compare(me, o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, op):
        pair = self._cmp_operand(other, op)
        if pair is None:
            return None
        me, o = pair
        if me._kind in (_NAN, _SNAN) or o._kind in (_NAN, _SNAN):
            getcontext()._done(None, [InvalidOperation])
            return False
        return _compare(me, o)

    def __lt__(self, other):
        c = self._order(other, "<")
        return NotImplemented if c is None else (c is not False and c < 0)

    def __le__(self, other):
        c = self._order(other, "<=")
        return NotImplemented if c is None else (c is not False and c <= 0)

    def __gt__(self, other):
        c = self._order(other, ">")
        return NotImplemented if c is None else (c is not False and c > 0)

    def __ge__(self, other):
        c = self._order(other, ">=")
        return NotImplemented if c is None else (c is not False and c >= 0)

    def compare(self, other, context=None):
        """Decimal('-1'), Decimal('0') or Decimal('1'); NaN if either is a NaN."""
        ctx = getcontext() if context is None else context
        o = _convert_strict(other)
        st = []
        r = _check_nans(self, o, ctx, st)
        if r is None:
            r = Decimal(_compare(self, o))
        return ctx._done(r, st)

    def _minmax(self, other, context, want_max):
        ctx = getcontext() if context is None else context
        o = _convert_strict(other)
        st = []
        # A quiet NaN loses to a number; a signalling one signals.
        if self._kind == _SNAN or o._kind == _SNAN:
            r = _check_nans(self, o, ctx, st)
            return ctx._done(r, st)
        if self._kind == _NAN and o._kind != _NAN:
            return ctx._done(_fixed(o, ctx, st), st)
        if o._kind == _NAN and self._kind != _NAN:
            return ctx._done(_fixed(self, ctx, st), st)
        if self._kind == _NAN:
            return ctx._done(_fix_nan(self, ctx), st)
        c = _compare(self, o)
        if c == 0:
            # Equal values: the spec prefers the positive sign, then (for max)
            # the larger exponent.
            if self._sign != o._sign:
                c = -1 if self._sign else 1
            else:
                c = 1 if self._exp > o._exp else (-1 if self._exp < o._exp else 0)
                if self._sign:
                    c = -c
        pick = self if (c >= 0) == want_max else o
        if c == 0:
            pick = self
        return ctx._done(_fixed(pick, ctx, st), st)

    def max(self, other, context=None):
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        return self._minmax(other, context, False)

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError("Cannot hash a signaling NaN value")
        if self._kind == _NAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_INF_HASH if self._sign else _INF_HASH
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, _P) % _P
        else:
            h = self._int * pow(_TEN_INV, -self._exp, _P) % _P
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # ------------------------------------------------------------ conversions

    def __bool__(self):
        return self._kind != _FINITE or self._int != 0

    def __int__(self):
        if self._kind in (_NAN, _SNAN):
            raise ValueError("cannot convert NaN to integer")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        return self._to_int()

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        if self._kind == _NAN:
            return float("-nan") if self._sign else float("nan")
        if self._kind == _INF:
            return float("-inf") if self._sign else float("inf")
        return float(str(self))

    def _integral(self, rounding):
        # Rounded to exponent 0 by `rounding` (NaN and Infinity refused).
        if self._kind in (_NAN, _SNAN):
            raise ValueError("cannot convert NaN to integer")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            return self._to_int()
        q, _ = _shift_round(self._sign, self._int, -self._exp, rounding)
        return -q if self._sign else q

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_new(0, 1, -n))

    # ------------------------------------------------------------ rounding

    def _rescale(self, e, rounding):
        """This value at exponent e (padded with zeros or rounded by `rounding`,
        no context involved); a NaN or an infinity as it is."""
        if self._kind != _FINITE:
            return _new(self._sign, self._int, self._exp, self._kind)
        if self._int == 0:
            return _new(self._sign, 0, e)
        return self._rescale_x(e, rounding)[0]

    def _round(self, places, rounding):
        """This value rounded to `places` significant digits (no context)."""
        if places <= 0:
            raise ValueError("argument should be at least 1 in _round")
        if self._kind != _FINITE or self._int == 0:
            return _new(self._sign, self._int, self._exp, self._kind)
        r = self._rescale(self._nd_adjusted() + 1 - places, rounding)
        if r._nd_adjusted() != self._nd_adjusted():  # 9.99 -> 10.0: one digit too many
            r = r._rescale(r._nd_adjusted() + 1 - places, rounding)
        return r

    def _rescale_x(self, e, rounding):
        # The value at exponent e: padded with zeros, or rounded; and whether
        # rounding lost digits.
        if e <= self._exp:
            return _new(self._sign, self._int * 10**(self._exp - e), e), False
        c, inexact = _shift_round(self._sign, self._int, e - self._exp, rounding)
        return _new(self._sign, c, e), inexact

    def quantize(self, exp, rounding=None, context=None):
        """This value at the exponent of `exp`, rounded by `rounding` (or the
        context's): Decimal('2.675').quantize(Decimal('0.01'))."""
        ctx = getcontext() if context is None else context
        exp = _convert_strict(exp)
        if rounding is None:
            rounding = ctx.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n"
                            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                            "   ROUND_05UP]")
        st = []
        r = _check_nans(self, exp, ctx, st)
        if r is not None:
            return ctx._done(r, st)
        if self._kind == _INF or exp._kind == _INF:
            if self._kind == _INF and exp._kind == _INF:
                return ctx._done(_inf(self._sign), st)
            return ctx._done(_invalid(st), st)
        e = exp._exp
        if not (ctx.Emin - ctx.prec + 1 <= e <= ctx.Emax):
            return ctx._done(_invalid(st), st)
        if self._int == 0:
            return ctx._done(_fix(self._sign, 0, e, ctx, st), st)
        if self._nd_adjusted() > ctx.Emax or self._nd_adjusted() - e + 1 > ctx.prec:
            return ctx._done(_invalid(st), st)
        r, inexact = self._rescale_x(e, rounding)
        if r._int and (r._nd_adjusted() > ctx.Emax or _nd(r._int) > ctx.prec):
            return ctx._done(_invalid(st), st)
        if r._int and r._nd_adjusted() < ctx.Emin:
            st.append(Subnormal)
        if inexact:
            st.append(Inexact)
        if e > self._exp:
            st.append(Rounded)
        return ctx._done(r, st)

    def same_quantum(self, other, context=None):
        o = _convert_strict(other)
        if self._kind != _FINITE or o._kind != _FINITE:
            return (self._kind in (_NAN, _SNAN) and o._kind in (_NAN, _SNAN)) or \
                (self._kind == _INF and o._kind == _INF)
        return self._exp == o._exp

    def to_integral_value(self, rounding=None, context=None):
        """Rounded to an integer (exponent 0 unless already >= 0), without the
        Inexact and Rounded signals."""
        ctx = getcontext() if context is None else context
        st = []
        r = _check_nans(self, None, ctx, st)
        if r is not None:
            return ctx._done(r, st)
        if self._kind == _INF or self._exp >= 0:
            return self
        r, _ = self._rescale_x(0, ctx.rounding if rounding is None else rounding)
        return r

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """As to_integral_value, signalling Inexact and Rounded."""
        ctx = getcontext() if context is None else context
        st = []
        r = _check_nans(self, None, ctx, st)
        if r is not None:
            return ctx._done(r, st)
        if self._kind == _INF or self._exp >= 0:
            return self
        if self._int == 0:
            return _new(self._sign, 0, 0)  # nothing was rounded away
        r, inexact = self._rescale_x(0, ctx.rounding if rounding is None else rounding)
        if inexact:
            st.append(Inexact)
        st.append(Rounded)
        return ctx._done(r, st)

    def normalize(self, context=None):
        """Rounded to the context, with trailing zeros stripped (0 for a zero)."""
        ctx = getcontext() if context is None else context
        st = []
        r = _check_nans(self, None, ctx, st)
        if r is not None:
            return ctx._done(r, st)
        r = _fixed(self, ctx, st)
        if r._kind == _INF:
            return ctx._done(r, st)
        if r._int == 0:
            return ctx._done(_new(r._sign, 0, 0), st)
        c, e = r._int, r._exp
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return ctx._done(_new(r._sign, c, e), st)

    # ------------------------------------------------------------ predicates

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind in (_NAN, _SNAN)

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._int == 0

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = getcontext() if context is None else context
        return self._kind == _FINITE and self._int != 0 and \
            self._nd_adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = getcontext() if context is None else context
        return self._kind == _FINITE and self._int != 0 and \
            self._nd_adjusted() < ctx.Emin

    def canonical(self):
        return self

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        o = _convert_strict(other)
        return _new(o._sign, self._int, self._exp, self._kind)

    # ------------------------------------------------------------ the specification's
    # other operations: total ordering, fused multiply-add, logb/scaleb, the digit-wise
    # logical operations, rotate/shift, next_*, *_mag, remainder_near, number_class.

    def compare_signal(self, other, context=None):
        """As compare, but a quiet NaN operand signals InvalidOperation too."""
        ctx = getcontext() if context is None else context
        o = _convert_strict(other)
        st = []
        r = _check_nans(self, o, ctx, st)
        if r is not None:
            if InvalidOperation not in st:
                st.append(InvalidOperation)
            return ctx._done(r, st)
        return Decimal(_compare(self, o))

    def compare_total(self, other, context=None):
        """-1, 0 or 1 by the total order: -NaN < -sNaN < -Infinity < negative
        numbers < -0 < 0 < positive numbers < Infinity < sNaN < NaN; equal values
        are ordered by exponent, NaNs by payload. Signals nothing."""
        o = _convert_strict(other)
        return Decimal(_total_order(self, o))

    def compare_total_mag(self, other, context=None):
        """compare_total of the absolute values."""
        o = _convert_strict(other)
        return Decimal(_total_order(self.copy_abs(), o.copy_abs()))

    def fma(self, other, third, context=None):
        """self * other + third, rounded once."""
        ctx = getcontext() if context is None else context
        o = _convert_strict(other)
        t = _convert_strict(third)
        st = []
        # The product's signalling NaNs and its Infinity * 0 come first; a quiet
        # NaN product meets third in the addition (where third's sNaN wins).
        r = _check_nans(self, o, ctx, st)
        if st:
            return ctx._done(r, st)
        sign = self._sign ^ o._sign
        if r is not None:
            product = r
        elif self._kind == _INF or o._kind == _INF:
            f = o if self._kind == _INF else self
            if f._kind == _FINITE and f._int == 0:
                return ctx._done(_invalid(st), st)
            product = _inf(sign)
        else:
            product = _new(sign, self._int * o._int, self._exp + o._exp)
        return ctx._done(_add(product, t, ctx, st), st)

    def logb(self, context=None):
        """The adjusted exponent as a Decimal (-Infinity for zero, which signals
        DivisionByZero)."""
        ctx = getcontext() if context is None else context
        st = []
        r = _check_nans(self, None, ctx, st)
        if r is not None:
            return ctx._done(r, st)
        if self._kind == _INF:
            return _inf(0)
        if self._int == 0:
            st.append(DivisionByZero)
            return ctx._done(_inf(1), st)
        a = self._nd_adjusted()
        return ctx._done(_fix(1 if a < 0 else 0, abs(a), 0, ctx, st), st)

    def scaleb(self, other, context=None):
        """self * 10**other for an integral other (exponent 0) within
        +-2 * (Emax + prec)."""
        ctx = getcontext() if context is None else context
        o = _convert_strict(other)
        st = []
        r = _check_nans(self, o, ctx, st)
        if r is not None:
            return ctx._done(r, st)
        n = _small_int_operand(o, 2 * (ctx.Emax + ctx.prec))
        if n is None:
            return ctx._done(_invalid(st), st)
        if self._kind == _INF:
            return _inf(self._sign)
        return ctx._done(_fix(self._sign, self._int, self._exp + n, ctx, st), st)

    def _digit_op(self, other, context, op):
        # rotate and shift: the coefficient as exactly prec digits, moved.
        ctx = getcontext() if context is None else context
        o = _convert_strict(other)
        st = []
        r = _check_nans(self, o, ctx, st)
        if r is not None:
            return ctx._done(r, st)
        n = _small_int_operand(o, ctx.prec)
        if n is None:
            return ctx._done(_invalid(st), st)
        if self._kind == _INF:
            return _inf(self._sign)
        size = 10**ctx.prec
        c = self._int % size
        if op == "rotate":
            k = n % ctx.prec
            c = (c * 10**k) % size + c // 10**(ctx.prec - k)
        elif n < 0:
            c //= 10**-n
        else:
            c = (c * 10**n) % size
        return _new(self._sign, c, self._exp)

    def rotate(self, other, context=None):
        """The coefficient (as prec digits) rotated left by other (right when
        negative), |other| <= prec."""
        return self._digit_op(other, context, "rotate")

    def shift(self, other, context=None):
        """The coefficient (as prec digits) shifted left by other (right when
        negative), zeros shifted in, |other| <= prec."""
        return self._digit_op(other, context, "shift")

    def _logical(self, other, context, fn):
        ctx = getcontext() if context is None else context
        st = []
        a = _logical_digits(self, ctx.prec)
        b = _logical_digits(_convert_strict(other), ctx.prec)
        if a is None or b is None:
            return ctx._done(_invalid(st), st)
        digits = "".join("1" if fn(x == "1", y == "1") else "0" for x, y in zip(a, b))
        return _new(0, int(digits), 0)

    def logical_and(self, other, context=None):
        """Digit-wise and of two logical operands (sign 0, exponent 0, digits 0/1)."""
        return self._logical(other, context, lambda x, y: x and y)

    def logical_or(self, other, context=None):
        """Digit-wise or of two logical operands."""
        return self._logical(other, context, lambda x, y: x or y)

    def logical_xor(self, other, context=None):
        """Digit-wise exclusive or of two logical operands."""
        return self._logical(other, context, lambda x, y: x != y)

    def logical_invert(self, context=None):
        """Each of the prec digits of a logical operand inverted."""
        ctx = getcontext() if context is None else context
        return self._logical(_new(0, int("1" * ctx.prec), 0), ctx,
                             lambda x, y: x != y)

    def _mag(self, other, context, want_max):
        ctx = getcontext() if context is None else context
        o = _convert_strict(other)
        st = []
        sn = self._kind in (_NAN, _SNAN)
        on = o._kind in (_NAN, _SNAN)
        if sn or on:
            # A quiet NaN loses to a number, as in max and min.
            if o._kind == _NAN and not sn:
                return ctx._done(_fixed(self, ctx, st), st)
            if self._kind == _NAN and not on:
                return ctx._done(_fixed(o, ctx, st), st)
            return ctx._done(_check_nans(self, o, ctx, st), st)
        c = _compare(self.copy_abs(), o.copy_abs())
        if c == 0:
            c = _total_order(self, o)
        pick = (o if c < 0 else self) if want_max else (self if c < 0 else o)
        return ctx._done(_fixed(pick, ctx, st), st)

    def max_mag(self, other, context=None):
        """The operand with the larger absolute value (max's rules for NaNs)."""
        return self._mag(other, context, True)

    def min_mag(self, other, context=None):
        """The operand with the smaller absolute value (min's rules for NaNs)."""
        return self._mag(other, context, False)

    def _next(self, ctx, up):
        # The representable neighbour above (up) or below: round towards it, and
        # if rounding left the value as it was, add a quantum below the smallest
        # one the context can hold and round again. Signals nothing.
        st = []
        r = _check_nans(self, None, ctx, st)
        if r is not None:
            return r, st
        if self._kind == _INF:
            if self._sign == (0 if up else 1):
                return _inf(self._sign), st
            return _new(self._sign, 10**ctx.prec - 1, ctx.Emax - ctx.prec + 1), st
        c2 = _Rounding(ctx, ROUND_CEILING if up else ROUND_FLOOR)
        scratch = []
        r = _fixed(self, c2, scratch)
        if _compare(r, self) != 0:
            return r, st
        tiny = _new(0 if up else 1, 1, ctx.Emin - ctx.prec)
        return _add(self, tiny, c2, scratch), st

    def next_plus(self, context=None):
        """The smallest representable number above self."""
        ctx = getcontext() if context is None else context
        r, st = self._next(ctx, True)
        return ctx._done(r, st)

    def next_minus(self, context=None):
        """The largest representable number below self."""
        ctx = getcontext() if context is None else context
        r, st = self._next(ctx, False)
        return ctx._done(r, st)

    def next_toward(self, other, context=None):
        """The representable neighbour of self in the direction of other (self
        with other's sign when they are equal)."""
        ctx = getcontext() if context is None else context
        o = _convert_strict(other)
        st = []
        r = _check_nans(self, o, ctx, st)
        if r is not None:
            return ctx._done(r, st)
        c = _compare(self, o)
        if c == 0:
            return self.copy_sign(o)
        r, st = self._next(ctx, c < 0)
        if r._kind == _INF:
            st.extend((Overflow, Inexact, Rounded))
        elif r._nd_adjusted() < ctx.Emin:
            st.extend((Underflow, Subnormal, Inexact, Rounded))
            if r._int == 0:
                st.append(Clamped)
        return ctx._done(r, st)

    def remainder_near(self, other, context=None):
        """self - n * other, n the integer nearest self / other (ties to even)."""
        ctx = getcontext() if context is None else context
        o = _convert_strict(other)
        st = []
        r = _check_nans(self, o, ctx, st)
        if r is not None:
            return ctx._done(r, st)
        if self._kind == _INF:
            return ctx._done(_invalid(st), st)
        if o._kind == _INF:
            return ctx._done(_fixed(self, ctx, st), st)
        if o._int == 0:
            return ctx._done(_invalid(st, InvalidOperation if self._int
                                      else DivisionUndefined), st)
        e = min(self._exp, o._exp)
        if self._int == 0:
            return ctx._done(_fix(self._sign, 0, e, ctx, st), st)
        if self._nd_adjusted() - o._nd_adjusted() > ctx.prec:
            return ctx._done(_invalid(st, DivisionImpossible), st)
        if self._nd_adjusted() - o._nd_adjusted() <= -2:
            # |self| < |other| / 10: the nearest multiple is 0 (self at exponent
            # e is self padded with at most other's digit count of zeros).
            return ctx._done(_fix(self._sign, self._int * 10**(self._exp - e), e,
                                  ctx, st), st)
        ca = self._int * 10**(self._exp - e)
        cb = o._int * 10**(o._exp - e)
        q, rem = divmod(ca, cb)
        if 2 * rem + (q & 1) > cb:
            rem -= cb
            q += 1
        if q >= 10**ctx.prec:
            return ctx._done(_invalid(st, DivisionImpossible), st)
        sign = self._sign
        if rem < 0:
            sign = 1 - sign
            rem = -rem
        return ctx._done(_fix(sign, rem, e, ctx, st), st)

    def number_class(self, context=None):
        """Which of the ten classes self is in: 'sNaN', 'NaN', '+Infinity',
        '-Zero', '+Subnormal', '-Normal', ..."""
        if self._kind == _SNAN:
            return "sNaN"
        if self._kind == _NAN:
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._kind == _INF:
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def radix(self):
        """Decimal(10), the radix of the arithmetic."""
        return Decimal(10)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))


def _total_order(a, b):
    """compare_total's -1, 0 or 1 for a and b (any kinds)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    neg = -1 if a._sign else 1
    na = 2 if a._kind == _NAN else (1 if a._kind == _SNAN else 0)
    nb = 2 if b._kind == _NAN else (1 if b._kind == _SNAN else 0)
    if na or nb:
        if na != nb:
            return neg if na > nb else -neg
        if a._int != b._int:
            return neg if a._int > b._int else -neg
        return 0
    c = _compare(a, b)
    if c:
        return c
    if a._kind == _INF or a._exp == b._exp:
        return 0
    return neg if a._exp > b._exp else -neg


def _small_int_operand(o, limit):
    """The value of o when it is an integer with exponent 0 and |o| <= limit
    (scaleb's, rotate's and shift's second operand), else None."""
    if o._kind != _FINITE or o._exp != 0 or o._int > limit:
        return None
    return -o._int if o._sign else o._int


def _logical_digits(d, prec):
    """A logical operand's digits as exactly prec characters, or None when d is
    not one (a finite number with sign 0, exponent 0 and only digits 0 and 1)."""
    if d._kind != _FINITE or d._sign or d._exp != 0:
        return None
    digits = _digits(d._int)
    if digits.strip("01"):
        return None
    if len(digits) > prec:
        return digits[-prec:]
    return digits.rjust(prec, "0")


class _Rounding:
    """A context's limits with another rounding mode, for internal rounding that
    must not touch the context's flags."""

    def __init__(self, ctx, rounding):
        self.prec = ctx.prec
        self.Emin = ctx.Emin
        self.Emax = ctx.Emax
        self.clamp = ctx.clamp
        self.rounding = rounding


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = t
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == "F":
        return sign, 0, 0, _INF
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    c = 0
    for d in digits:
        if not (isinstance(d, int) and 0 <= d <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        c = c * 10 + d
    if exp == "n":
        return sign, c, 0, _NAN
    if exp == "N":
        return sign, c, 0, _SNAN
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return sign, c, exp, _FINITE


def _sqrt(a, ctx, st):
    if a._kind == _INF:
        if a._sign:
            return _invalid(st)
        return _inf(0)
    ideal = a._exp // 2  # floor, as the specification asks
    if a._int == 0:
        return _fix(a._sign, 0, ideal, ctx, st)
    if a._sign:
        return _invalid(st)
    c, e = a._int, a._exp
    if e % 2:
        c *= 10
        e -= 1
    # Scale by an even power of ten so the integer root has prec + 1 digits.
    k = max(0, ctx.prec + 1 - (_nd(c) + 1) // 2)
    c *= 100**k
    e -= 2 * k
    r = _math.isqrt(c)
    re = e // 2
    if r * r != c:
        if r % 5 == 0:
            r += 1
    else:
        while re < ideal and r % 10 == 0:
            r //= 10
            re += 1
    sub = ctx.copy()
    sub.rounding = ROUND_HALF_EVEN
    return _fix(0, r, re, sub, st)


# ---------------------------------------------------------------- format()

def _parse_spec(spec):
    # [[fill]align][sign][z][#][0][width][grouping][.precision][type]
    i = 0
    n = len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == "z":
        no_neg_zero = True
        i += 1
    alt = False  # '#' is refused, as by CPython's decimal
    zero = False
    if i < n and spec[i] == "0":
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    group = ""
    if i < n and spec[i] == ",":
        group = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == ".":
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in "eEfFgGn%") or \
            width > 2**63 - 1 or (prec is not None and prec > 2**63 - 1):
        raise ValueError("invalid format string")
    if zero and fill is None:
        fill = "0"
        if align is None:
            align = "="
    if fill is None:
        fill = " "
    if align is None:
        align = ">"
    return fill, align, sign, no_neg_zero, alt, zero, width, group, prec, typ


def _group_digits(intpart, sep, min_width):
    # Separators every three digits; with zero padding, leading zeros (and their
    # separators) until min_width characters.
    if not sep:
        return intpart.rjust(min_width, "0") if min_width else intpart
    groups = []
    s = intpart
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    out = sep.join(groups)
    while len(out) < min_width:
        if len(groups[0]) == 3:
            groups.insert(0, "0")
        else:
            groups[0] = "0" + groups[0]
        out = sep.join(groups)
    return out


def _format(d, spec):
    fill, align, sign_opt, no_neg_zero, alt, zero, width, group, prec, typ = \
        _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx.rounding
    if typ is None:
        # With a precision and no type: 'g', with the context's capitals.
        upper_e = bool(ctx.capitals)
        if prec is not None:
            typ = "g"
    else:
        upper_e = typ in "EG"
    neg = d._sign == 1
    if d._kind == _INF:
        body = "Infinity"
        pct = "%" if typ == "%" else ""
        return _pad(_signed(body + pct, neg, sign_opt), fill, align, width)
    if d._kind in (_NAN, _SNAN):
        body = ("NaN" if d._kind == _NAN else "sNaN") + \
            (_digits(d._int) if d._int else "") + ("%" if typ == "%" else "")
        return _pad(_signed(body, neg, sign_opt), fill, align, width)
    c, e = d._int, d._exp
    if typ == "%":
        e += 2
    if typ is None:
        # str(): scientific notation when the exponent asks for it.
        s = d.copy_abs().__str__(context=ctx)
        intpart, _, rest = s.partition(".")
        if "E" in intpart or "e" in intpart:
            k = intpart.lower().index("e")
            intpart, frac, expo = intpart[:k], "", intpart[k:]
        elif "E" in rest or "e" in rest:
            k = rest.lower().index("e")
            frac, expo = rest[:k], rest[k:]
        else:
            frac, expo = rest, ""
        point = "." if frac or alt else ""
        return _assemble(intpart, point, frac, expo, neg, sign_opt, no_neg_zero,
                         fill, align, zero, width, group)
    if typ in "eE":
        if prec is None:
            prec = _nd(c) - 1 if c else 0
        n = _nd(c)
        if c and n > prec + 1:
            c, _ = _shift_round(d._sign, c, n - prec - 1, rounding)
            e += n - prec - 1
            if _nd(c) > prec + 1:
                c //= 10
                e += 1
        elif c and n < prec + 1:
            c *= 10**(prec + 1 - n)
            e -= prec + 1 - n
        # prec + 1 digits (zeros for a zero) whose last sits at exponent e.
        digits = _digits(c) if c else "0" * (prec + 1)
        intpart, frac = digits[0], digits[1:]
        expo = ("E" if upper_e else "e") + "%+d" % (e + prec)
        point = "." if frac or alt else ""
        return _assemble(intpart, point, frac, expo, neg, sign_opt, no_neg_zero,
                         fill, align, zero, width, group)
    if typ in "fF%":
        if prec is not None:
            target = -prec
            if e < target:
                c, _ = _shift_round(d._sign, c, target - e, rounding)
                e = target
            elif e > target:
                c *= 10**(e - target)
                e = target
        intpart, frac = _fixed_parts(c, e)
        point = "." if frac or alt else ""
        return _assemble(intpart, point, frac, "", neg, sign_opt, no_neg_zero,
                         fill, align, zero, width, group,
                         suffix="%" if typ == "%" else "")
    # 'g', 'G', 'n'
    if prec is not None:
        if prec == 0:
            prec = 1
        n = _nd(c)
        if c and n > prec:
            c, _ = _shift_round(d._sign, c, n - prec, rounding)
            e += n - prec
            if _nd(c) > prec:
                c //= 10
                e += 1
    digits = _digits(c)
    left = e + len(digits)
    if e <= 0 and left > -6:
        dot = left
    else:
        dot = 1
    if dot <= 0:
        intpart, frac = "0", "0" * (-dot) + digits
    elif dot >= len(digits):
        intpart, frac = digits + "0" * (dot - len(digits)), ""
    else:
        intpart, frac = digits[:dot], digits[dot:]
    expo = ""
    if left != dot:
        expo = ("E" if upper_e else "e") + "%+d" % (left - dot)
    point = "." if frac or alt else ""
    return _assemble(intpart, point, frac, expo, neg, sign_opt, no_neg_zero,
                     fill, align, zero, width, group)


def _fixed_parts(c, e):
    digits = _digits(c)
    if e >= 0:
        return (digits + "0" * e) if c else "0", ""
    k = -e
    if len(digits) <= k:
        return "0", digits.rjust(k, "0")
    return digits[:-k], digits[-k:]


def _signed(body, neg, sign_opt):
    if neg:
        return "-" + body
    if sign_opt == "+":
        return "+" + body
    if sign_opt == " ":
        return " " + body
    return body


def _assemble(intpart, point, frac, expo, neg, sign_opt, no_neg_zero, fill, align,
              zero, width, group, suffix=""):
    if neg and no_neg_zero and intpart.strip("0") == "" and frac.strip("0") == "":
        neg = False
    sign = "-" if neg else ("+" if sign_opt == "+" else
                            (" " if sign_opt == " " else ""))
    tail = point + frac + expo + suffix
    if align == "=" and fill == "0" and zero:
        intpart = _group_digits(intpart, group, width - len(sign) - len(tail))
    else:
        intpart = _group_digits(intpart, group, 0)
    body = intpart + tail
    if align == "=":
        pad = width - len(sign) - len(body)
        return sign + fill * max(0, pad) + body
    return _pad(sign + body, fill, align, width)


def _pad(s, fill, align, width):
    pad = width - len(s)
    if pad <= 0:
        return s
    if align == "<":
        return s + fill * pad
    if align == "^":
        left = pad // 2
        return fill * left + s + fill * (pad - left)
    if align == "=" and s[:1] in ("+", "-", " "):
        return s[0] + fill * pad + s[1:]  # between the sign and the digits
    return fill * pad + s


def _join_numeric_tower():
    # Decimal is a numbers.Number (only that: it does not mix exactly with
    # floats or Fractions, so it is not registered as Real).
    import numbers

    numbers.Number.register(Decimal)


_join_numeric_tower()
del _join_numeric_tower
