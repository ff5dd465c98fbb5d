# A cache that leaks through a global dict: every call remembers its result, nothing is
# ever evicted. mempy.growth() shows what grew, mempy.why() shows who keeps a result.
# Run: mempy global_cache.py   (or: mempy --leaks global_cache.py)
import mempy

_results = {}


def render(user_id):
    page = ["<li>%d</li>" % i for i in range(user_id % 7 + 3)]
    _results[user_id] = page  # the leak: a global cache without a bound
    return len(page)


mempy.growth()  # the baseline
for uid in range(200):
    render(uid)
print("rendered 200 pages")
mempy.growth()  # what grew since the baseline
mempy.why(_results[42])
