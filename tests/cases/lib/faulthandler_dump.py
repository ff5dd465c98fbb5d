# faulthandler.dump_traceback: the current thread's stack, most recent call first,
# in faulthandler's terse format, written after what the file had pending.
import faulthandler
import io
import sys


def inner():
    print("pending text", end="|")
    faulthandler.dump_traceback(sys.stdout, all_threads=False)


def outer():
    inner()


outer()

# Its file must have a descriptor.
for bad in (io.StringIO(), 3.5, -1):
    try:
        faulthandler.dump_traceback(bad)
    except Exception as e:
        print(type(e).__name__, e)

# enable/disable/is_enabled keep the setting.
print(faulthandler.is_enabled())
print(faulthandler.disable())
faulthandler.enable(file=sys.stdout)
print(faulthandler.is_enabled())
print(faulthandler.disable())
print(faulthandler.is_enabled())
