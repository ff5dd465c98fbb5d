# frame.clear() on a suspended generator's frame finalizes the generator (its
# finally blocks run, as gen.close() would); a running generator's frame and a
# running function's frame cannot be cleared (RuntimeError); an unstarted
# generator's frame clears without running anything.
import sys

log = []


def g(name):
    try:
        log.append(name + ' started')
        yield 1
        log.append(name + ' resumed')
    finally:
        log.append(name + ' finally')


gen = g('a')
next(gen)
frame = gen.gi_frame
frame.clear()
print(log, gen.gi_frame, gen.gi_running)
try:
    next(gen)
except StopIteration:
    print('exhausted')

log.clear()
fresh = g('b')
fresh.gi_frame.clear()
print(log, list(fresh))


def selfclear():
    try:
        1 / 0
    except ZeroDivisionError as e:
        f = e.__traceback__.tb_frame
        for fr in (f, f.f_back):
            try:
                fr.clear()
            except RuntimeError as err:
                log.append(str(err))
        yield f
    finally:
        log.append('selfclear finally')


log.clear()
s = selfclear()
f = next(s)
print(log)
f.clear()
print(log)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
