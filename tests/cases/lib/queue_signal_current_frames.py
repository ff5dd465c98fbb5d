# A signal handler runs (and may raise) while queue.Queue.get(timeout=) waits;
# sys._current_frames() maps each thread to its topmost frame.
import queue, signal, time
got = []
def handler(signum, frame):
    got.append(signum)
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
q = queue.Queue()
t0 = time.monotonic()
try:
    q.get(timeout=0.3)
except queue.Empty:
    print("empty")
print(got, time.monotonic() - t0 < 1)
def raiser(signum, frame):
    raise KeyboardInterrupt("from handler")
signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
try:
    q.get(timeout=2)
except KeyboardInterrupt as e:
    print("interrupted", e, time.monotonic() - t0 < 1)
import sys, threading
print(type(sys._current_frames()), list(sys._current_frames()) == [threading.get_ident()])
f = sys._current_frames()[threading.get_ident()]
print(f.f_code.co_name, f is sys._getframe())
ev = threading.Event()
def worker():
    ev.wait()
th = threading.Thread(target=worker)
th.start()
time.sleep(0.05)
frames = sys._current_frames()
print(sorted(frames) == sorted([threading.get_ident(), th.ident]), type(frames[th.ident]).__name__)
ev.set()
th.join()
