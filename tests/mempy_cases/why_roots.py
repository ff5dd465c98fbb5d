# mempy.why on the known answers: a global cache, a closure holding a list, a class
# attribute, an object held only by a running frame, a global directly, constants.
import mempy

# A global cache: global 'cache' -> dict -> ['a'] -> the list (refcount 1: the dict's).
cache = {}


def remember(key, value):
    cache[key] = value


remember("a", [1, 2, 3])
mempy.why(cache["a"])


# A closure: global 'g' -> the function -> its cell for 'data' -> the list.
def make():
    data = [10, 20]

    def get():
        return data

    return get


g = make()
mempy.why(g())


# A class attribute: global 'Registry' -> the class -> .items.
class Registry:
    items = []


Registry.items.append("xyz")
mempy.why(Registry.items)


# Only a running frame holds it: local 'local' of work(); then a caller's local.
def work():
    local = {"k": 1}
    mempy.why(local)
    return helper([local])


def helper(arg):
    mempy.why(arg[0])
    return len(arg)


work()

# An instance attribute reached through a global instance.
class Box:
    pass


box = Box()
box.content = list(range(3))
mempy.why(box.content)

# Directly a global, then constants (held by the code of <module>: a tuple of
# constants is itself a constant), then None.
p = [7, 8]
mempy.why(p)
mempy.why(12345678)
mempy.why((4, 5))
mempy.why(None)
