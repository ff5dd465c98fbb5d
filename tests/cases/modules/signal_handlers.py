# The signal module: signal numbers as Signals members, SIG_DFL/SIG_IGN as Handlers,
# default_int_handler installed for SIGINT; a Python handler runs with
# (signum, frame) in the main flow (raise_signal runs it before returning), its
# exception propagates there; the previous handler is returned; errors for
# SIGKILL, numbers out of range and handlers that are not callable.
import signal

print(repr(signal.SIGINT), signal.Signals(15).name, int(signal.SIGUSR1))
print(repr(signal.SIG_DFL), repr(signal.Handlers(1)), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), signal.strsignal(signal.SIGINT))
print(signal.SIGINT in signal.valid_signals(), 32 in signal.valid_signals())

got = []


def on_usr1(signum, frame):
    got.append((signum, frame.f_code.co_name))


def fire():
    signal.raise_signal(signal.SIGUSR1)
    got.append("after")


old = signal.signal(signal.SIGUSR1, on_usr1)
print(repr(old), signal.getsignal(signal.SIGUSR1) is on_usr1)
fire()
print(got)


def failing(signum, frame):
    raise RuntimeError("from the handler %d" % signum)


signal.signal(signal.SIGUSR1, failing)
try:
    signal.raise_signal(signal.SIGUSR1)
except RuntimeError as e:
    print("RuntimeError:", e)

print(repr(signal.signal(signal.SIGUSR2, signal.SIG_IGN)))
signal.raise_signal(signal.SIGUSR2)
print(repr(signal.getsignal(signal.SIGUSR2)))

signal.signal(signal.SIGINT, lambda n, f: got.append("custom SIGINT %d" % n))
signal.raise_signal(signal.SIGINT)
print(got[-1])
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt from default_int_handler")

for args in ((signal.SIGKILL, on_usr1), (100, on_usr1), (0, on_usr1), (signal.SIGUSR1, 5)):
    try:
        signal.signal(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(signal.alarm(0))
