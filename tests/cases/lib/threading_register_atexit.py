# threading._register_atexit: calls run at interpreter exit, last registered first,
# before the non-daemon threads are joined and before atexit's handlers.
import atexit
import threading
import time

atexit.register(print, "atexit handler")
threading._register_atexit(print, "registered first")
threading._register_atexit(print, "registered second", sep=": ")


def worker():
    time.sleep(0.05)
    print("worker done")


threading.Thread(target=worker).start()
print("main done")
