# Finding a leak with tracemalloc: measure traced memory before and after work
# that should leave nothing behind. A module-level list that keeps growing is the
# classic leak. (Byte counts differ between implementations -- mempy measures with
# its getsizeof model -- so this prints relations, not numbers.)
import tracemalloc

_history = []                  # the leak: every request is remembered forever


def handle_request(n, leak):
    payload = [str(i) for i in range(n)]
    if leak:
        _history.append(payload)
    return len(payload)


def traced_growth(leak):
    before, _ = tracemalloc.get_traced_memory()
    for _ in range(50):
        handle_request(100, leak)
    after, peak = tracemalloc.get_traced_memory()
    return after - before, peak, after


tracemalloc.start()
growth, peak, now = traced_growth(leak=False)
print("without the leak: memory returns to baseline:", growth < 1000)
growth, peak, now = traced_growth(leak=True)
print("with the leak: grows by more than 50 requests' worth:", growth > 50 * 100 * 40)
print("peak is at least the current:", peak >= now)
_history.clear()
after_fix, _ = tracemalloc.get_traced_memory()
print("after clearing the history: back near baseline:", after_fix < 10000)
tracemalloc.stop()
print("tracing:", tracemalloc.is_tracing())
