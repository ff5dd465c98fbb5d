"""mempy's `random` module, standing in for CPython's `random`.

What lives here: the public generator class `Random` (seeding from text and
bytes, integer ranges, picking from sequences, the real-valued
distributions), `SystemRandom`, and the module-level functions, which are the
bound methods of one shared hidden generator.  The draws are the documented
ones of CPython 3.11, so for a given seed every function hands back the very
numbers python3 hands back.

The native side (random.rs) put four helpers in this namespace before this
file runs: `_install_core` (turns a class into the Mersenne Twister base
`_random.Random`), `_bisect` (bisect_right), `_sha512` and `_urandom`.

Not done: CPython's DeprecationWarning for float arguments of randrange() and
its UserWarning when a random()-only subclass is asked for a range of 2**53 or
more (the values drawn agree either way).  sample() accepts the builtin
sequence types and deque.  The twister's state sits in the instance attribute
`_mt_state`, so it shows in vars().
"""

from math import (
    acos as _acos, ceil as _ceil, cos as _cos, e as _e, exp as _exp,
    floor as _floor, isfinite as _isfinite, log as _log, pi as _pi,
    sin as _sin, sqrt as _sqrt, tau as TWOPI,
)

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
    "vonmisesvariate", "weibullvariate",
]

# Public constants of CPython's module (same values).
BPF = 53
RECIP_BPF = 2.0 ** -53
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
NV_MAGICCONST = _exp(-0.5) * 4 / _sqrt(2.0)

_TWO_TO_53 = 1 << 53
_MASK64 = (1 << 64) - 1
_DEFAULT_STEP = 1            # identity-compared: "was step given?"


class Random:
    # Shown as _random.Random, like CPython's C base class.
    __module__ = '_random'


# Adds seed, random, getrandbits, getstate, setstate and _randbelow_fast.
_install_core(Random)
_twister = Random
del _install_core


def _as_int(value, complaint):
    """An int from an index-able value, or from a float with an integral value."""
    if type(value) is int:
        return value
    hook = getattr(type(value), '__index__', None)
    if hook is not None:
        return hook(value)
    # Not an integer: deprecated since 3.10, warned about at randrange's caller.
    from warnings import warn
    whole = int(value)
    if whole != value:
        warn('randrange() will raise TypeError in the future',
             DeprecationWarning, 3)
        raise ValueError(complaint)
    warn('non-integer arguments to randrange() have been deprecated since Python '
         '3.10 and will be removed in a subsequent version', DeprecationWarning, 3)
    return whole


def _cumulate(values):
    """Running totals of an iterable, as a list."""
    totals = []
    acc = None
    for pos, v in enumerate(values):
        acc = v if pos == 0 else acc + v
        totals.append(acc)
    return totals


def _sequence_like(obj):
    # collections.abc.Sequence (the common builtins answered without it).
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray)):
        return True
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


def _py2_text_hash(text):
    """The string hash version-1 seeding used (Python 2's)."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    h = (ord(text[0]) << 7) if text else 0
    for ch in text:
        h = ((h * 1000003) ^ ord(ch)) & _MASK64
    h ^= len(text)
    return -2 if h == -1 else h


_BAD_SEED = ('The only supported seed types are: None,\n'
             'int, float, str, bytes, and bytearray.')
_NOT_A_SEQUENCE = ("Population must be a sequence.  For dicts or sets, use "
                   "sorted(d).")
_EMPTY_RANGE = "empty range for randrange()"


class Random(_twister):
    """A Mersenne Twister generator with its own state.

    The module-level functions share one hidden instance; make your own
    instances to get independent streams.  Subclasses may replace random(),
    seed(), getstate() and setstate() with another source; giving them a
    getrandbits() too lets randrange() reach arbitrarily large ranges.
    """

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    # ---- state ----------------------------------------------------------

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed."""
        if version == 2 and isinstance(a, (str, bytes, bytearray)):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + _sha512(raw), 'big')
        elif version == 1 and isinstance(a, (str, bytes)):
            a = _py2_text_hash(a)
        elif a is not None and not isinstance(
                a, (int, float, str, bytes, bytearray)):
            raise TypeError(_BAD_SEED)
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return the state as a tuple for setstate()."""
        inner = super().getstate()
        return (self.VERSION, inner, self.gauss_next)

    def setstate(self, state):
        """Restore a state that getstate() returned."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError(f"state with version {version} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        _, inner, self.gauss_next = state
        if version == 2:
            # Old states held the 32-bit words as signed numbers.
            try:
                inner = tuple([word % 4294967296 for word in inner])
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(inner)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (type(self), (), self.getstate())

    # ---- uniform integers in [0, n) -------------------------------------
    #
    # The default generator uses the native _randbelow_fast.  A subclass that
    # supplies its own getrandbits() (or only its own random()) gets the
    # matching pure-Python method, chosen once when the subclass is created.

    _randbelow = _twister._randbelow_fast

    def __init_subclass__(cls, /,
                          **kwargs):
        # The nearest class (along the MRO) that defines one of these decides:
        # its own _randbelow stays, a getrandbits() or only a random() picks the
        # pure-Python method built on it.
        choice = {'getrandbits': '_randbelow_with_getrandbits',
                  'random': '_randbelow_without_getrandbits'}
        for owner in cls.__mro__:
            defined = owner.__dict__
            if '_randbelow' in defined:
                break
            found = [name for name in ('getrandbits', 'random') if name in defined]
            if found:
                cls._randbelow = getattr(cls, choice[found[0]])
                break

    def _randbelow_with_getrandbits(self, n):
        # Draw just enough bits for n and retry while out of range.
        bits = self.getrandbits
        width = n.bit_length()
        while True:
            r = bits(width)
            if r < n:
                return r

    def _randbelow_without_getrandbits(self, n, maxsize=_TWO_TO_53):
        rand = self.random
        if n >= maxsize:
            return _floor(rand() * n)
        # Reject the top sliver so every residue is equally likely.
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            r = rand()
            if r < cutoff:
                return _floor(r * maxsize) % n

    # ---- integers and bytes ---------------------------------------------

    def randbytes(self, n):
        """Generate n random bytes."""
        bits = self.getrandbits(8 * n)
        return bits.to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_DEFAULT_STEP):
        """Choose a random item from range(stop) or range(start, stop[, step])."""
        # (Plain ints skip the conversion call: randrange is often hot.)
        lo = start if type(start) is int else _as_int(
            start, "non-integer arg 1 for randrange()")
        if stop is None:
            if step is not _DEFAULT_STEP:
                raise TypeError('Missing a non-None stop argument')
            if lo <= 0:
                raise ValueError(_EMPTY_RANGE)
            return self._randbelow(lo)
        hi = stop if type(stop) is int else _as_int(
            stop, "non-integer stop for randrange()")
        span = hi - lo
        stride = step if type(step) is int else _as_int(
            step, "non-integer step for randrange()")
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)"
                                 % (lo, hi, span))
            return lo + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # Number of values in range(lo, hi, stride), rounding away from zero.
        adjust = stride - 1 if stride > 0 else stride + 1
        count = (span + adjust) // stride
        if count <= 0:
            raise ValueError(_EMPTY_RANGE)
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        """Return a random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # ---- sequences --------------------------------------------------------

    def choice(self, seq):
        """Return one element of the non-empty sequence seq, picked at random."""
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Put the items of the mutable sequence x in random order (in place)."""
        pick = self._randbelow
        for top in range(len(x) - 1, 0, -1):
            other = pick(top + 1)
            x[top], x[other] = x[other], x[top]

    def sample(self, population, k, *,
               counts=None):
        """Choose k unique random elements from a population sequence."""
        if not _sequence_like(population):
            raise TypeError(_NOT_A_SEQUENCE)
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, k, counts)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        pick = self._randbelow
        # Two strategies; which one runs decides the numbers drawn, so the
        # threshold is CPython's: a partial Fisher-Yates over a copy when the
        # population is small next to the size a k-element set would take,
        # otherwise draws over the whole population, retrying repeats.
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(3 * k, 4))
        chosen = []
        if size <= threshold:
            pool = list(population)
            for i in range(k):
                last = size - 1 - i
                j = pick(last + 1)
                chosen.append(pool[j])
                pool[j] = pool[last]
        else:
            seen = set()
            for _ in range(k):
                j = pick(size)
                while j in seen:
                    j = pick(size)
                seen.add(j)
                chosen.append(population[j])
        return chosen

    def _sample_counted(self, population, size, k, counts):
        edges = _cumulate(counts)
        if len(edges) != size:
            raise ValueError('The number of counts does not match the population')
        total = edges.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        slots = self.sample(range(total), k=k)
        return [population[_bisect(edges, s)] for s in slots]

    def choices(self, population, weights=None, *,
                cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        rand = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_floor(rand() * scale)] for _ in range(k)]
        if cum_weights is None:
            try:
                cum_weights = _cumulate(weights)
            except TypeError:
                if isinstance(weights, int):
                    k = weights
                    raise TypeError('The number of choices must be a keyword '
                                    f'argument: k={k!r}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_bisect(cum_weights, rand() * total, 0, last)]
                for _ in range(k)]

    # ---- real-valued distributions ----------------------------------------
    # The arithmetic below is ordered exactly as CPython's so that the
    # floating-point results agree to the last bit.

    def uniform(self, a, b):
        """Return a number between a and b (which end is reachable depends on rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0,
                   mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: midpoint)."""
        u = self.random()
        if mode is None:
            c = 0.5
        else:
            try:
                c = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > c:
            # Mirror the upper part onto the lower one.
            return high + (low - high) * _sqrt((1.0 - u) * (1.0 - c))
        span = high - low
        return low + span * _sqrt(u * c)

    def normalvariate(self, mu=0.0,
                      sigma=1.0):
        """Normal distribution, mean mu, standard deviation sigma."""
        rand = self.random
        while True:
            a = rand()
            b = 1.0 - rand()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution; faster than normalvariate, not thread-safe."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            # Two normals per pair of uniforms; keep the second for next time.
            rand = self.random
            theta = rand() * TWOPI
            rho = _sqrt(-2.0 * _log(1.0 - rand()))
            z = _cos(theta) * rho
            self.gauss_next = _sin(theta) * rho
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: exp of a normal(mu, sigma) draw."""
        z = self.normalvariate(mu, sigma)
        return _exp(z)

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        u = self.random()
        return -_log(1.0 - u) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution: mean angle mu, concentration kappa."""
        rand = self.random
        if kappa <= 1e-6:
            return TWOPI * rand()
        half = 0.5 / kappa
        r = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * rand())
            d = z / (r + z)
            u = rand()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / r
        f = (inv + z) / (1.0 + inv * z)
        offset = _acos(f)
        if rand() > 0.5:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        rand = self.random
        if alpha == 1.0:
            return -_log(1.0 - rand()) * beta
        if alpha > 1.0:
            return self._gamma_large(alpha, rand) * beta
        return self._gamma_small(alpha, rand) * beta

    @staticmethod
    def _gamma_large(alpha, rand):
        # Shape above one: R.C.H. Cheng's rejection method.
        a = _sqrt(2.0 * alpha - 1.0)
        b = alpha - LOG4
        c = alpha + a
        while True:
            u = rand()
            if u <= 1e-7 or u >= 0.9999999:
                continue
            w = 1.0 - rand()
            v = _log(u / (1.0 - u)) / a
            x = alpha * _exp(v)
            z = u * u * w
            t = b + c * v - x
            if t + SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _log(z):
                return x

    @staticmethod
    def _gamma_small(alpha, rand):
        # Shape below one: Ahrens and Dieter's GS algorithm.
        while True:
            u = rand()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if rand() <= _exp(-x):
                    return x
            else:
                x = -_log((b - p) / alpha)
                if rand() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """Beta distribution (alpha > 0, beta > 0), values in [0, 1]."""
        g = self.gammavariate(alpha, 1.0)
        if not g:
            return 0.0
        return g / (g + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from os.urandom(); there is no state to seed or save."""

    def random(self):
        """Return the next random float in [0.0, 1.0)."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """Return an int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (8 * nbytes - k)

    def randbytes(self, n):
        """Return n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system source cannot be seeded."""
        return None

    def _stateless(self, *args, **kwds):
        """Always fails: the system source has no state."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = _stateless
    setstate = _stateless


# The shared generator behind the module-level functions.
_inst = Random()

for _name in ('seed', 'random', 'uniform', 'triangular', 'randint', 'choice',
              'randrange', 'sample', 'shuffle', 'choices', 'normalvariate',
              'lognormvariate', 'expovariate', 'vonmisesvariate',
              'gammavariate', 'gauss', 'betavariate', 'paretovariate',
              'weibullvariate', 'getstate', 'setstate', 'getrandbits',
              'randbytes'):
    globals()[_name] = getattr(_inst, _name)
del _name
