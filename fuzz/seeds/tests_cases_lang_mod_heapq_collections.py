# Checks: heapq push/pop/heapify/nsmallest/nlargest, collections deque/Counter/defaultdict/namedtuple/OrderedDict.
import heapq
from collections import deque, Counter, defaultdict, namedtuple, OrderedDict
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print("heap pops", [heapq.heappop(h) for _ in range(6)])
data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print("heapify min", data[0], heapq.nsmallest(2, [7, 2, 9]), heapq.nlargest(2, [7, 2, 9]))
print("pushpop", heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print("tuples", [heapq.heappop(t) for t in [[(2, "b"), (1, "a")]]])
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print("deque", d, d.popleft(), d.pop(), list(d))
d.rotate(1); print("rotate", d)
c = Counter("abracadabra")
print("Counter", c.most_common(2), c["a"], c["z"], sorted(c.items()))
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print("defaultdict", dict(dd), dd["new"])
Pt = namedtuple("Pt", ["x", "y"])
p = Pt(1, y=2)
print("namedtuple", p, p.x + p.y, p._asdict(), p._replace(x=9), tuple(p))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print("OrderedDict", list(od), od)
