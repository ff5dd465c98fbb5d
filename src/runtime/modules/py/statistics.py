# mempy's `statistics` module, mirroring CPython's `statistics`: averages and measures
# of spread, written for mempy from the documented behaviour. Compiled from this source
# at first import.
#
# Provides: mean, fmean (with weights), geometric_mean, harmonic_mean (with weights),
# median, median_low, median_high, median_grouped, mode, multimode, pstdev, stdev,
# pvariance, variance (with mu/xbar), quantiles (n, method='exclusive'/'inclusive'),
# covariance, correlation, linear_regression (proportional=), NormalDist,
# StatisticsError (a ValueError subclass). As in CPython, mean and the variances are computed exactly
# with fractions.Fraction and converted to the type of the data at the end (ints give
# an int when the result is whole, else a float; Fractions give a Fraction; floats a
# float), and stdev/pstdev are the correctly rounded square root of the exact
# variance, so results print the same digits as CPython's.
#
# Left out / different from CPython:
# * Values are accepted when they are int, float, Fraction or have as_integer_ratio();
#   CPython checks numbers.Real in a couple of single-value paths (harmonic_mean of
#   one value).

import math
from fractions import Fraction
from collections import Counter, namedtuple
import bisect as _bisect

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
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
    if issubclass(T, int) and value.denominator != 1:
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


# NormalDist: a normal distribution as a value -- its density, cumulative
# distribution and its inverse, sampling, overlap with another, and arithmetic that
# shifts and scales it (or adds independent ones).

_SQRT2 = math.sqrt(2.0)

# Wichura's rational approximations of the inverse normal CDF (Algorithm AS241,
# "The Percentage Points of the Normal Distribution", Applied Statistics 37(3),
# 1988), for the centre (|p - 0.5| <= 0.425) and the two tail ranges: numerator and
# denominator coefficients from the highest power down (the denominators' constant
# term is 1).
_AS241_CENTRE = (
    (2509.0809287301227, 33430.57558358813, 67265.7709270087, 45921.95393154987,
     13731.69376550946, 1971.5909503065513, 133.14166789178438, 3.3871328727963665),
    (5226.495278852854, 28729.085735721943, 39307.89580009271, 21213.794301586597,
     5394.196021424751, 687.1870074920579, 42.31333070160091),
)
_AS241_NEAR_TAIL = (
    (0.0007745450142783414, 0.022723844989269184, 0.2417807251774506,
     1.2704582524523684, 3.6478483247632045, 5.769497221460691, 4.630337846156546,
     1.4234371107496835),
    (1.0507500716444169e-09, 0.0005475938084995345, 0.015198666563616457,
     0.14810397642748008, 0.6897673349851, 1.6763848301838038, 2.053191626637759),
)
_AS241_FAR_TAIL = (
    (2.0103343992922881e-07, 2.7115555687434876e-05, 0.0012426609473880784,
     0.026532189526576124, 0.29656057182850487, 1.7848265399172913,
     5.463784911164114, 6.657904643501103),
    (2.0442631033899397e-15, 1.421511758316446e-07, 1.8463183175100548e-05,
     0.0007868691311456133, 0.014875361290850615, 0.1369298809227358,
     0.599832206555888),
)


def _horner(coefficients, r, last=None):
    # The polynomial with these coefficients (highest power first) at r, with
    # `last` as its constant term when given.
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    if last is not None:
        acc = acc * r + last
    return acc


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRE
        x = (_horner(num, r) * q) / _horner(den, r, 1.0)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        num, den = _AS241_NEAR_TAIL
    else:
        r = r - 5.0
        num, den = _AS241_FAR_TAIL
    x = _horner(num, r) / _horner(den, r, 1.0)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    "A normal (Gaussian) distribution with mean mu and standard deviation sigma."

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        "The distribution with mean mu and standard deviation sigma (not negative)."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "The distribution with the sample mean and sample standard deviation of data."
        if not isinstance(data, (list, tuple)):
            data = list(data)
        _require(len(data), 2, 'stdev')
        # The exact mean and the correctly rounded root of the exact variance.
        return cls(float(mean(data)), float(stdev(data)))

    def samples(self, n, *, seed=None):
        "A list of n random values drawn from the distribution (seed: reproducibly)."
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        "The probability density at x."
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        "The probability that a value drawn from the distribution is at most x."
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The value x below which a fraction p of the probability lies (the
        inverse of cdf), for 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 points that cut the distribution into n intervals of equal
        probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area under both density curves (from 0.0 to 1.0): how alike
        this distribution and other are."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # Ordered so that the answer does not depend on which one asks.
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * _SQRT2))
        # The densities cross at x1 and x2 (Inman and Bradley, 1989).
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x is above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        "The mean (mu)."
        return self._mu

    @property
    def median(self):
        "The median: the mean, for a normal distribution."
        return self._mu

    @property
    def mode(self):
        "The mode: the mean, for a normal distribution."
        return self._mu

    @property
    def stdev(self):
        "The standard deviation (sigma)."
        return self._sigma

    @property
    def variance(self):
        "The variance (sigma squared)."
        return self._sigma ** 2.0

    # Another NormalDist is an independent variable: the means add and the
    # standard deviations combine as the root of the sum of squares; a number
    # shifts (+, -) or scales (*, /) the distribution.
    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
