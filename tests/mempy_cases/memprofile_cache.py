# mempy-args: --memprofile
# A cache in a global dict: 40 calls, 8 distinct keys. Known answers: line 13 runs
# 8 times (a miss), making n * n (an int of 28 bytes), str(n * n) (5 characters, 54
# bytes), both freed at once, and the cached str of 15 characters (64 bytes): 24
# objects, 1168 bytes allocated, 656 freed; the 8 cached strs stay alive at exit, so
# line 13's net is 8 * 64 = 512. The dict's growth to 8 entries counts on line 8
# (352 bytes). Line 14 only looks the cache up: no allocation.
_cache = {}


def square_text(n):
    if n not in _cache:
        _cache[n] = str(n * n) * 3
    return _cache[n]

for i in range(40):
    square_text(i % 8 + 100)
print(len(_cache), sum(len(v) for v in _cache.values()))
