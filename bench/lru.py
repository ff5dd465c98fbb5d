# Benchmark: an LRU cache built from a dict and a doubly linked list, used to memoise a lookup workload.
class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node()  # most recent after head
        self.tail = Node()  # least recent before tail
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.prev = self.head
        node.next = self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            old = self.tail.prev
            self._unlink(old)
            del self.map[old.key]
            self.evictions += 1
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __len__(self):
        return len(self.map)

    def keys(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next


def lru_cached(capacity):
    def decorate(fn):
        cache = LRUCache(capacity)
        missing = object()

        def wrapper(*args):
            value = cache.get(args, missing)
            if value is missing:
                value = fn(*args)
                cache.put(args, value)
            return value

        wrapper.cache = cache
        return wrapper

    return decorate


@lru_cached(512)
def slow_square_digits(n):
    total = 0
    while n:
        n, d = divmod(n, 10)
        total += d * d
    return total


def main():
    cache = LRUCache(1000)
    state = 7
    checksum = 0
    for i in range(300_000):
        state = (state * 48271) % 2147483647
        # a skewed key distribution: most requests hit a hot set
        key = state % 800 if state % 4 else state % 5000
        value = cache.get(key)
        if value is None:
            cache.put(key, "v%d" % key)
        else:
            checksum += len(value)
    happy = 0
    for n in range(1, 40000):
        seen = n
        for _ in range(8):
            seen = slow_square_digits(seen)
        if seen == 1:
            happy += 1
    c2 = slow_square_digits.cache
    print(cache.hits, cache.misses, cache.evictions, len(cache), checksum)
    print(happy, c2.hits, c2.misses, c2.evictions, list(cache.keys())[:5])


main()
