# mempy's `statistics` module, mirroring CPython's `statistics`: averages and measures
# of spread, written for mempy from the documented behaviour. Compiled from this source
# at first import.
#
# Provides: mean, fmean (with weights), geometric_mean, harmonic_mean (with weights),
# median, median_low, median_high, median_grouped, mode, multimode, pstdev, stdev,
# pvariance, variance (with mu/xbar), quantiles (n, method='exclusive'/'inclusive'),
# covariance, correlation, linear_regression (proportional=), StatisticsError (a
# ValueError subclass). As in CPython, mean and the variances are computed exactly
# with fractions.Fraction and converted to the type of the data at the end (ints give
# an int when the result is whole, else a float; Fractions give a Fraction; floats a
# float), and stdev/pstdev are the correctly rounded square root of the exact
# variance, so results print the same digits as CPython's.
#
# Left out / different from CPython:
# * NormalDist.
# * Values are accepted when they are int, float, Fraction or have as_integer_ratio();
#   CPython checks numbers.Real in a couple of single-value paths (harmonic_mean of
#   one value).

import math
from fractions import Fraction
from collections import Counter, namedtuple
import bisect as _bisect

__all__ = [
    'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
    'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


_HOW_MANY = {1: 'one data point', 2: 'two data points'}


def _require(count, needed, what):
    # The "<what> requires at least one data point / two data points" check.
    if count < needed:
        raise StatisticsError('%s requires at least %s' % (what, _HOW_MANY[needed]))


def _paired(x, y, what):
    # Two-variable functions: equal lengths, at least two pairs; returns n.
    count = len(x)
    if len(y) != count:
        raise StatisticsError('%s requires that both inputs have same number of '
                              'data points' % what)
    _require(count, 2, what)
    return count


# ----- exact arithmetic helpers -------------------------------------------------------

def _ratio(x):
    # (numerator, denominator) of x exactly; (x, None) for an infinity or NaN.
    if isinstance(x, int):
        return (int(x), 1)
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    # The type a mix of T and S values is reported in (int < Fraction < float).
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    # A Fraction mixed with a float reports as the float type.
    for exact, inexact in ((T, S), (S, T)):
        if issubclass(exact, Fraction) and issubclass(inexact, float):
            return inexact
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for t in types:
        T = _coerce(T, t)
    return T


def _exact_sum(data):
    # Returns (T, total, count): the result type, the exact total as a Fraction (or
    # a float infinity/NaN if any value is one), and the number of values.
    count = 0
    types = []
    last = None
    by_den = {}
    special = None
    for x in data:
        t = type(x)
        if t is not last:
            if t not in types:
                types.append(t)
            last = t
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            by_den[d] = by_den.get(d, 0) + n
    T = _result_type(types)
    if special is not None:
        return T, special, count
    total = Fraction(0)
    for d, n in by_den.items():
        total += Fraction(n, d)
    return T, total, count


def _to_type(value, T):
    # Converts an exact result to the data's type.
    if type(value) is T:
        return value
    if value.denominator != 1 and issubclass(T, int):
        T = float     # ints whose average is not whole give a float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Fraction):
            return Fraction(value)
        from decimal import Decimal
        if issubclass(T, Decimal):
            # Decimal takes no Fraction: the quotient of its two parts, rounded
            # in the current decimal context.
            return T(value.numerator) / T(value.denominator)
        raise


def _sum_squares(data, c=None):
    # Returns (T, ss, mean, count): the exact sum of squared deviations from c (or
    # from the exact mean when c is None).
    if c is not None:
        T, ss, count = _exact_sum((x - c) * (x - c) for x in data)
        return T, ss, c, count
    count = 0
    types = []
    last = None
    sx = {}
    sxx = {}
    special = None
    for x in data:
        t = type(x)
        if t is not last:
            if t not in types:
                types.append(t)
            last = t
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    T = _result_type(types)
    if count == 0:
        return T, Fraction(0), Fraction(0), 0
    if special is not None:
        return T, special, special, count
    total = Fraction(0)
    for d, n in sx.items():
        total += Fraction(n, d)
    total_sq = Fraction(0)
    for d, n in sxx.items():
        total_sq += Fraction(n, d * d)
    ss = (count * total_sq - total * total) / count
    return T, ss, total / count, count


def _isqrt_odd(n, m):
    # floor(sqrt(n/m)), with the lowest bit set when that is inexact (round-to-odd,
    # so that a later rounding to a float is still correct).
    r = math.isqrt(n // m)
    if r * r * m != n:
        r |= 1
    return r


def _sqrt_frac(n, m):
    # The float nearest to sqrt(n/m), for non-negative integers n and positive m.
    # Scale so the integer root has well over 53 significant bits, take it with a
    # round-to-odd sticky bit, then let int/int division round once.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        return float(_isqrt_odd(n, m << (2 * shift)) << shift)
    return _isqrt_odd(n << (-2 * shift), m) / (1 << -shift)


def _sqrt_of(value, T):
    # (For non-finite data value is a float, and this fails with CPython's
    # AttributeError: 'float' object has no attribute 'numerator'.)
    return _sqrt_frac(value.numerator, value.denominator)


# ----- averages -----------------------------------------------------------------------

def mean(data):
    """The average of the values: their exact sum over their count, given back in
    the values' type (ints give a float unless the average is whole)."""
    T, total, n = _exact_sum(data)
    _require(n, 1, 'mean')
    return _to_type(total / n, T)


def fmean(data, weights=None):
    """The average as a float, with optional weights (faster than mean())."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        _require(n, 1, 'fmean')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    weighted = math.fsum([value * weight for value, weight in zip(data, weights)])
    if num_weights != n:
        raise StatisticsError('data and weights must be the same length')
    weight_total = math.fsum(weights)
    if weight_total == 0:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight_total


def geometric_mean(data):
    """The n-th root of the product of the n (positive) values, as a float."""
    # exp of the mean logarithm; log() refuses zero and negatives, fmean()
    # an empty list.
    try:
        logs = [math.log(x) for x in data]
        return math.exp(fmean(logs))
    except ValueError:
        pass
    raise StatisticsError('geometric mean requires a non-empty dataset '
                          'containing positive numbers')


def _no_negatives(values, msg):
    for x in values:
        if x < 0:
            raise StatisticsError(msg)
        yield x


# The helpers under the names CPython's module has for them (its own tests call them).
_sum = _exact_sum
_exact_ratio = _ratio
_convert = _to_type


def _fail_neg(values, errmsg='negative value'):
    return _no_negatives(values, errmsg)


def _isfinite(x):
    # Decimal asks its own method; anything else is a float to math.
    try:
        return x.is_finite()
    except AttributeError:
        return math.isfinite(x)


def harmonic_mean(data, weights=None):
    """One over the average of the values' reciprocals (optionally weighted)."""
    if iter(data) is data:
        data = list(data)
    msg = 'harmonic mean does not support negative values'
    n = len(data)
    _require(n, 1, 'harmonic_mean')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(msg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _exact_sum(_no_negatives(weights, msg))[1]
    try:
        T, total, count = _exact_sum(w / x if w else 0
                                     for w, x in zip(weights, _no_negatives(data, msg)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(sum_weights / total, T)


def median(data):
    """The middle value once sorted; with an even count, the average of the two
    middle ones."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value; with an even count, the smaller of the two middle ones."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value; with an even count, the larger of the two middle ones."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median interpolated within the class (of width interval, centred on the
    middle value) that holds it, as a float."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    first = _bisect.bisect_left(data, x)
    last = _bisect.bisect_right(data, x, lo=first)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return x - interval / 2.0 + interval * (n / 2 - first) / (last - first)


def mode(data):
    """The value met most often (on a tie, the one met first)."""
    best = Counter(iter(data)).most_common(1)
    if not best:
        raise StatisticsError('no mode for empty data')
    return best[0][0]


def multimode(data):
    """All the values met most often, in the order first met."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points splitting the sorted values into n groups of equal
    probability (linear interpolation between values)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


# ----- spread -------------------------------------------------------------------------

def variance(data, xbar=None):
    """Sum of squared deviations from the mean over n - 1 (a sample's variance)."""
    T, ss, c, n = _sum_squares(data, xbar)
    _require(n, 2, 'variance')
    return _to_type(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Sum of squared deviations from the mean over n (a population's variance)."""
    T, ss, c, n = _sum_squares(data, mu)
    _require(n, 1, 'pvariance')
    return _to_type(ss / n, T)


def stdev(data, xbar=None):
    """Square root of variance()."""
    T, ss, c, n = _sum_squares(data, xbar)
    _require(n, 2, 'stdev')
    return _sqrt_of(ss / (n - 1), T)


def pstdev(data, mu=None):
    """Square root of pvariance()."""
    T, ss, c, n = _sum_squares(data, mu)
    _require(n, 1, 'pstdev')
    return _sqrt_of(ss / n, T)


# ----- two variables ------------------------------------------------------------------

def covariance(x, y, /):
    """How x and y vary together: sum of products of deviations over n - 1."""
    n = _paired(x, y, 'covariance')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's r for the pairs (x[i], y[i]), between -1 and 1."""
    n = _paired(x, y, 'correlation')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = math.fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = math.fsum([(yi - ybar) * (yi - ybar) for yi in y])
    spread = math.sqrt(sxx * syy)
    if not spread:
        raise StatisticsError('at least one of the inputs is constant')
    return sxy / spread


LinearRegression = namedtuple('LinearRegression', ['slope', 'intercept'])


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least squares line through (x, y)."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        # The line through the origin: products of the raw values.
        sxy = math.fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = math.fsum([xi * xi for xi in x])
    else:
        # The line through the point of means: products of deviations.
        cx, cy = math.fsum(x) / n, math.fsum(y) / n
        dx = [xi - cx for xi in x]
        sxy = math.fsum([a * (yi - cy) for a, yi in zip(dx, y)])
        sxx = math.fsum([a * a for a in dx])
    if not sxx:
        raise StatisticsError('x is constant')
    slope = sxy / sxx
    return LinearRegression(slope, 0.0 if proportional else cy - slope * cx)
