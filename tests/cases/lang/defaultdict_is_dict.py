from collections import defaultdict
d = defaultdict(list)
d["a"].append(1); d["b"]
print(d, isinstance(d, dict), len(d), sorted(d), d == {"a": [1], "b": []}, dict(d), d.copy(), type(d.copy()).__name__)
c = defaultdict(int, {"x": 1}, y=2)
c["x"] += 5; c["z"] += 1
print(c, c.get("q"), "q" in c, c.default_factory, list(c.items()))
try: hash(c)
except TypeError as e: print(e)
n = defaultdict()
try: n[1]
except KeyError as e: print("KeyError", e)
print({**c}, c | {"w": 0} if hasattr(dict, "__or__") else None)
