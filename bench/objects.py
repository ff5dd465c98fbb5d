# Benchmark: class instances, method calls and attribute access.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)
    def step(self):
        self.pos = self.pos.add(self.vel)
ps = [Particle(i) for i in range(1000)]
for _ in range(2000):
    for p in ps:
        p.step()
print(sum(p.pos.dot(p.vel) for p in ps))
