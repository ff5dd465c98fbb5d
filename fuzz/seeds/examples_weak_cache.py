# A cache that does not keep its values alive: WeakValueDictionary entries vanish
# when the last strong reference to the value goes. weakref.finalize runs a
# cleanup function once, when the object dies (or at exit).
import gc
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


cache = weakref.WeakValueDictionary()


def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
        weakref.finalize(img, print, f"  evicted {name}")
    return img


a = load("cat.png")
b = load("cat.png")
print("same object:", a is b, "loads:", Image.loads)
d = load("dog.png")
print("cached:", sorted(cache.keys()))

del a
print("after del a (b still holds it):", sorted(cache.keys()))
del b
print("after del b:", sorted(cache.keys()))

# A value in a reference cycle stays until the collector runs.
d.self_ref = d
del d
print("cycle, before collect:", sorted(cache.keys()))
gc.collect()
print("after collect:", sorted(cache.keys()))

e = load("cat.png")
print("reloaded, loads:", Image.loads)
print("the last finalizer runs at exit:")
