# Benchmark: closures and decorators: counters, memoisation, validation, call tracing and a plugin registry.
import functools

REGISTRY = {}


def register(kind):
    def decorate(fn):
        REGISTRY.setdefault(kind, []).append(fn)
        return fn
    return decorate


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = cache[args] = fn(*args)
        return result
    wrapper.cache = cache
    return wrapper


def clamp(lo, hi):
    def decorate(fn):
        def wrapper(*args):
            return max(lo, min(hi, fn(*args)))
        return wrapper
    return decorate


def traced(log):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            log.append(fn.__name__)
            try:
                return fn(*args, **kwargs)
            finally:
                log.append("/" + fn.__name__)
        return wrapper
    return decorate


def make_accumulator(start):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total
    return add


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


LOG = []


@register("score")
@counted
@clamp(0, 100)
def score_length(word):
    return len(word) * 7


@register("score")
@counted
def score_vowels(word):
    return sum(1 for ch in word if ch in "aeiou") * 11


@register("score")
@counted
@traced(LOG)
def score_letters(word, weight=3):
    return len(set(word)) * weight


@memoize
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


def main():
    words = []
    for i in range(80000):
        w = "".join("abcdefghijklmnopqrstuvwxyz"[(i * k * 7 + k) % 26] for k in range(1, 3 + i % 9))
        words.append(w)
    totals = {}
    for w in words:
        for fn in REGISTRY["score"]:
            totals[fn.__name__] = totals.get(fn.__name__, 0) + fn(w)
    print(sorted(totals.items()), [f.calls for f in REGISTRY["score"]], len(LOG), LOG[:2])

    accs = [make_accumulator(i) for i in range(50)]
    for k in range(4000):
        accs[k % 50](k)
    print(sum(a(0) for a in accs))

    pipeline = compose(lambda x: x + 1, lambda x: x * 3, lambda x: x - 2, abs)
    print(sum(pipeline(x) for x in range(-100000, 100000)))

    print(partitions(60, 60), len(partitions.cache))
    adders = [lambda x, n=n: x + n for n in range(10)]
    print(functools.reduce(lambda acc, f: f(acc), adders * 5000, 0))


main()
