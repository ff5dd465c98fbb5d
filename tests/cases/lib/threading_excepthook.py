# What a thread's uncaught exception prints: the default threading.excepthook's
# "Exception in thread NAME (target):" header and the exception's last line, a
# replaced hook's arguments, SystemExit ending a thread quietly, and
# _thread.start_new_thread's report through sys.unraisablehook. (The traceback's
# middle lines name threading.py's own frames, which differ between interpreters;
# the header and the last line are compared.)
import io
import sys
import threading
import time
import _thread


def boom():
    raise ValueError('bad value')


buf = io.StringIO()
real = sys.stderr
sys.stderr = buf
t = threading.Thread(target=boom)
t.start()
t.join()
sys.stderr = real
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-2].strip())
print(lines[-1])
print('thread alive after exception:', t.is_alive())


class Failing(threading.Thread):
    def run(self):
        raise KeyError('key')


buf = io.StringIO()
sys.stderr = buf
f = Failing(name='failing-thread')
f.start()
f.join()
sys.stderr = real
lines = buf.getvalue().splitlines()
print(lines[0], '|', lines[-1])


def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name,
          type(args.exc_traceback).__name__)


threading.excepthook = hook
t = threading.Thread(target=boom, name='hooked')
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(5,))
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print('SystemExit ended the thread quietly')


def unraisable(args):
    print('unraisable:', args.err_msg, args.exc_type.__name__, args.exc_value,
          args.object.__name__)


def task():
    raise RuntimeError('task failed')


sys.unraisablehook = unraisable
done = threading.Event()
_thread.start_new_thread(lambda: (task() if not done.set() else None), ())
done.wait()
time.sleep(0.01)
sys.unraisablehook = sys.__unraisablehook__
buf = io.StringIO()
sys.stderr = buf
_thread.start_new_thread(task, ())
time.sleep(0.01)
sys.stderr = real
lines = buf.getvalue().splitlines()
print(lines[0].split(' at 0x')[0])
print(lines[1], len(lines), lines[-2].strip(), '|', lines[-1])
