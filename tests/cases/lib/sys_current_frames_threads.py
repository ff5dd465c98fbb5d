# sys._current_frames() and sys._current_exceptions() see every thread: a parked
# thread's frame object reads f_back / f_code / f_lineno from that thread's own
# stack (the f123 -> g456 chain), and each thread's exc_info() triple is reported
# ((None, None, None) where nothing is being handled).
import sys
import threading
import traceback

entered = threading.Event()
leave = threading.Event()
info = []


def f123():
    g456()


def g456():
    info.append(threading.get_ident())
    entered.set()
    try:
        raise ValueError("oops")
    except ValueError:
        leave.wait()


t = threading.Thread(target=f123)
t.start()
entered.wait()
tid = info[0]
main_id = threading.get_ident()

d = sys._current_frames()
print(sorted(d) == sorted([main_id, tid]))
print(d[main_id] is sys._getframe())
names = [fs.name for fs in traceback.extract_stack(d[tid])]
i = names.index('f123')
print(names[i:i + 2])
fr = d[tid]
while fr.f_code.co_name != 'g456':
    fr = fr.f_back
print(fr.f_back.f_code.co_name, fr.f_lineno - g456.__code__.co_firstlineno)
print(sorted(fr.f_locals))

e = sys._current_exceptions()
print(e[main_id])
typ, val, tb = e[tid]
print(typ.__name__, val, tb.tb_frame.f_code.co_name)
del d, fr, e, typ, val, tb
leave.set()
t.join()
print(sorted(sys._current_frames()) == [main_id])
print(sys._current_exceptions() == {main_id: (None, None, None)})
