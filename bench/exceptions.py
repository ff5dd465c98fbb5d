# Benchmark: exceptions used for control flow: validation errors, retries, early exit from nested search, cleanup.
class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__("%s: %s" % (field, message))
        self.field = field


class Found(Exception):
    def __init__(self, where):
        self.where = where


class TransientError(Exception):
    pass


def parse_int(text, field):
    try:
        return int(text)
    except ValueError:
        raise ValidationError(field, "not a number: %r" % text) from None


def validate(record):
    name, age, email = record
    if not name:
        raise ValidationError("name", "empty")
    age = parse_int(age, "age")
    if not 0 <= age < 150:
        raise ValidationError("age", "out of range")
    if "@" not in email:
        raise ValidationError("email", "no @")
    user, _, domain = email.partition("@")
    if "." not in domain:
        raise ValidationError("email", "bad domain")
    return name.strip().title(), age, user.lower() + "@" + domain.lower()


def find_pair(grid, target):
    try:
        for i, row in enumerate(grid):
            for j, v in enumerate(row):
                if v == target:
                    raise Found((i, j))
    except Found as f:
        return f.where
    return None


class Flaky:
    def __init__(self, fail_every):
        self.calls = 0
        self.fail_every = fail_every

    def fetch(self, key):
        self.calls += 1
        if self.calls % self.fail_every != 0:
            raise TransientError(key)
        return key * 2


def with_retries(fn, key, attempts):
    for attempt in range(attempts):
        try:
            return fn(key), attempt
        except TransientError:
            continue
    raise RuntimeError("gave up on %r" % key)


def lookup_all(d, keys):
    total = 0
    for k in keys:
        try:
            total += d[k]
        except KeyError:
            total -= 1
        finally:
            total += 0
    return total


def main():
    records = []
    for i in range(140000):
        name = "" if i % 17 == 0 else " user %d " % i
        age = "x%d" % i if i % 13 == 0 else str(i % 170)
        email = "U%d@Example.com" % i if i % 11 else "u%d-at-example" % i
        records.append((name, age, email))
    good, bad = [], {}
    for rec in records:
        try:
            good.append(validate(rec))
        except ValidationError as e:
            bad[e.field] = bad.get(e.field, 0) + 1
    print(len(good), sorted(bad.items()), good[1])

    grid = [[(r * 31 + c * 17) % 1009 for c in range(40)] for r in range(40)]
    hits = [find_pair(grid, t) for t in range(0, 1009, 3)]
    print(sum(1 for h in hits if h is None), hits[:4])

    flaky = Flaky(3)
    results = []
    gave_up = 0
    for key in range(100000):
        try:
            results.append(with_retries(flaky.fetch, key, 2 + key % 2))
        except RuntimeError:
            gave_up += 1
    print(len(results), gave_up, flaky.calls, sum(v for v, _ in results) % 100003)

    d = {i: i for i in range(0, 3000, 2)}
    print(sum(lookup_all(d, range(k, k + 300)) for k in range(0, 3000, 10)))


main()
