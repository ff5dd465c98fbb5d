# concurrent.futures: futures (states, result/exception, cancel, callbacks,
# timeouts), ThreadPoolExecutor (submit, map, shutdown, with), wait, as_completed;
# a pool with queued work at exit runs it before the interpreter ends.
import concurrent.futures as cf, time, threading
def work(x):
    time.sleep(0.01 * (5 - x))
    if x == 3: raise ValueError("three")
    return x * x
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(work, i) for i in range(5)]
    print([f.exception() is None for f in fs])
    print([type(f.exception()).__name__ for f in fs])
    done, not_done = cf.wait(fs)
    print(len(done), len(not_done))
    print(sorted(f.result() for f in fs if f.exception() is None))
    print(list(ex.map(lambda x: x + 1, range(4))))
    order = [f for f in cf.as_completed([ex.submit(time.sleep, 0.02), ex.submit(lambda: 1)])]
    print(order[0].result(), order[1].result())
f = cf.Future()
print(repr(f).split(' state=')[1])
print(f.cancel(), f.cancelled(), f.done())
try: f.result()
except cf.CancelledError: print("cancelled")
f2 = cf.Future(); f2.set_result(3); print(repr(f2).split(' state=')[1], f2.result())
try: f2.set_result(4)
except cf.InvalidStateError as e: print("invalid", str(e).split(':')[0])
f3 = cf.Future(); f3.add_done_callback(lambda f: print("cb", f.result())); f3.set_result(7)
try: cf.Future().result(timeout=0.01)
except TimeoutError: print("timeout")
try: cf.ThreadPoolExecutor(0)
except ValueError as e: print(e)
ex = cf.ThreadPoolExecutor(2); ex.shutdown()
try: ex.submit(print)
except RuntimeError as e: print(e)
r = cf.wait([cf.Future()], timeout=0.01, return_when=cf.FIRST_COMPLETED); print(len(r.done), len(r.not_done))
print(cf.Future[int])
pool = cf.ThreadPoolExecutor(2)
pool.submit(print, "at exit ran")
