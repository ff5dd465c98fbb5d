# Checks: random.Random instances are independent generators; subclasses that override
# random() or getrandbits() are used by the derived methods (as CPython's
# __init_subclass__ arranges); the module functions are bound methods of one hidden
# instance; SystemRandom has no state.
import random

a = random.Random(1)
b = random.Random(1)
c = random.Random(2)
print(a.random() == b.random(), a.random() == c.random())
print(type(a).__name__, type(a).__module__, random.Random.VERSION)
print(isinstance(a, random.Random), issubclass(random.SystemRandom, random.Random))
print(random.Random.__mro__)
print(random.Random(x=7).random() == random.Random(7).random())

class Quarter(random.Random):
    def random(self):
        return 0.25

q = Quarter(3)
print(q.uniform(0, 8), q.randrange(100), q.choice("abcd"), q.randint(1, 4))
print(q.sample(range(10), 3), q.choices("ab", k=3), q.expovariate(1.0))
print(Quarter._randbelow.__name__)

class Flip(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1 if k else 0

f = Flip(4)
print(f.randrange(100), f.choice("abcd"), f.sample(range(30), 5), f.randbytes(4))
print(Flip._randbelow.__name__)

class Counting(random.Random):
    def __init__(self, x=None):
        self.calls = 0
        super().__init__(x)

    def random(self):
        self.calls += 1
        return super().random()

cr = Counting(11)
print(cr.gauss(), cr.calls, cr.gauss(), cr.calls, cr.normalvariate(), cr.calls)
print(cr.randrange(1000), cr.calls)

class Seeded(random.Random):
    def seed(self, a=None, version=2):
        super().seed(a * 2 if isinstance(a, int) else a, version)

print(Seeded(21).random() == random.Random(42).random())

random.seed(10)
print(random.random.__self__ is random.randint.__self__, random.random())
r = random.Random(10)
print(r.random())

s = random.SystemRandom()
print(0.0 <= s.random() < 1.0, s.getrandbits(0), len(s.randbytes(6)), s.seed(123))
print(0 <= s.randrange(10) < 10, len(s.sample(range(100), 5)))
try:
    s.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
