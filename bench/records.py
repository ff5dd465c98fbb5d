# Benchmark: record classes with __eq__/__hash__/__repr__/__lt__ used as dict keys, in sets, sorted and deduplicated.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Point(x=%r, y=%r)" % (self.x, self.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class Person:
    def __init__(self, first, last, born, city):
        self.first = first
        self.last = last
        self.born = born
        self.city = city

    def key(self):
        return (self.last, self.first, self.born)

    def __eq__(self, other):
        return isinstance(other, Person) and self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return "Person(%r, %r, %d, %r)" % (self.first, self.last, self.born, self.city)

    def __str__(self):
        return "%s %s (%d)" % (self.first, self.last, self.born)


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


FIRST = ["ada", "alan", "grace", "linus", "guido", "barbara", "ken", "dennis", "edsger", "donald"]
LAST = ["lovelace", "turing", "hopper", "torvalds", "rossum", "liskov", "thompson", "ritchie"]
CITIES = ["london", "paris", "oslo", "delft", "zurich"]


def main():
    people = []
    for i in range(50000):
        people.append(Person(FIRST[i % 10], LAST[(i * 3) % 8], 1900 + (i * 7) % 97, CITIES[i % 5]))
    unique = set(people)
    counts = {}
    for p in people:
        counts[p] = counts.get(p, 0) + 1
    ordered = sorted(unique)
    print(len(unique), max(counts.values()), ordered[0], repr(ordered[-1]))
    by_city = {}
    for p in ordered:
        by_city.setdefault(p.city, []).append(p)
    print({c: len(v) for c, v in sorted(by_city.items())})

    walk = [Point(0, 0)]
    moves = [Point(1, 0), Point(0, 1), Point(-1, 0), Point(0, -1)]
    for i in range(150000):
        walk.append(walk[-1] + moves[(i * i + 3 * i) % 4])
    visited = set(walk)
    revisits = len(walk) - len(visited)
    print(len(visited), revisits, walk[-1], Point(3, 4) in visited, walk.count(Point(0, 0)))

    versions = [Version("%d.%d.%d" % (i % 4, (i * 7) % 12, (i * 13) % 30)) for i in range(40000)]
    distinct = sorted(set(versions))
    newest = max(versions)
    print(len(distinct), distinct[:3], newest, sum(1 for v in versions if v <= Version("1.5.0")))


main()
