# Checks: print(..., file=f) calls f.write once per argument, separator and end (as
# CPython's builtin_print), including empty ones, and flush=True calls f.flush().
class W:
    def write(self, s):
        print('write', repr(s))
        return len(s)

    def flush(self):
        print('flush')


print('a', 1, None, file=W())
print('x', 'y', sep='', end='', file=W())
print(file=W(), flush=True)
print('to stdout', file=None)
