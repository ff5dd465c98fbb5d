# print(file=...) hands the file the str objects themselves (lone surrogates
# included, for the stream's error handler); SystemExit's message goes through
# sys.stderr's own write; sys.thread_info and sys.copyright exist.
import io
import sys

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append((type(s).__name__, s))
    def flush(self):
        self.calls.append('flush')

class S(str):
    def __str__(self):
        return 'from __str__'

r = Recorder()
print('a\udcff', 5, S('x'), sep='\udc80', end='!\n', file=r, flush=True)
print(r.calls)
print('b\udcff', file=sys.stderr)
sys.stderr.flush()

print(len(sys.thread_info), sys.thread_info.name, type(sys.copyright).__name__,
      repr(sys.abiflags))

class Catch(io.StringIO):
    pass
sys.stderr = Catch()
saved = sys.stderr
try:
    sys.exit('surrogates:\udcff')
except SystemExit as e:
    print('caught', ascii(e.code))

# At the top level the message and a newline go to the replaced stderr.
class ToStdout:
    def write(self, s):
        sys.__stdout__.write('[%s]' % ascii(s))
    def flush(self):
        pass
sys.stderr = ToStdout()
sys.exit('bye:\udcff')
