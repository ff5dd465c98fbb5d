# cached_property holds a lock (CPython 3.11): threads reading the attribute at
# once call the function once.
import functools
import threading
import time

calls = []


class Item:
    def __init__(self, go):
        self.go = go

    @functools.cached_property
    def cost(self):
        self.go.wait()
        calls.append(threading.current_thread().name)
        time.sleep(0.01)
        return len(calls)


go = threading.Event()
item = Item(go)
threads = [threading.Thread(target=lambda: item.cost, name='t%d' % i) for i in range(3)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print(item.cost, len(calls))
print(type(Item.__dict__['cost'].lock).__name__)
