# code.co_linetable holds the positions co_positions() reports, in CPython 3.11's
# location table format: decoding it gives them back, unit for unit.
import os
import subprocess
import sys


def varints(data):
    it = iter(data)

    def read():
        b = next(it)
        v = b & 63
        shift = 0
        while b & 64:
            b = next(it)
            shift += 6
            v |= (b & 63) << shift
        return v

    def read_signed():
        v = read()
        return -(v >> 1) if v & 1 else v >> 1

    return it, read, read_signed


def decode(code):
    it, read, read_signed = varints(code.co_linetable)
    line = code.co_firstlineno
    out = []
    for first in it:
        kind = (first >> 3) & 15
        units = (first & 7) + 1
        if kind == 15:
            pos = (None, None, None, None)
        elif kind == 14:
            line += read_signed()
            end = line + read()
            col = read() - 1
            end_col = read() - 1
            pos = (line, end, None if col < 0 else col, None if end_col < 0 else end_col)
        elif kind == 13:
            line += read_signed()
            pos = (line, line, None, None)
        elif kind in (10, 11, 12):
            line += kind - 10
            col = next(it)
            end_col = next(it)
            pos = (line, line, col, end_col)
        else:
            second = next(it)
            pos = (line, line, kind * 8 + (second >> 4), kind * 8 + (second >> 4) + (second & 15))
        out.extend([pos] * units)
    return out


def sample(a, b):
    total = 0
    for i in range(a):
        if i % 3 == 0:
            total += i * (
                b + 1
            )
    return [total, a
            + b]


class K:
    def method(self):
        return self.__class__.__name__


codes = [sample.__code__, K.method.__code__, compile("x = 1\ny = (x +\n 2)\n", "<s>", "exec")]
for code in codes:
    print(code.co_name, type(code.co_linetable).__name__,
          decode(code) == list(code.co_positions()))
print(sample.__code__.replace(co_linetable=sample.__code__.co_linetable).co_name)

# PYTHONNODEBUGRANGES (non-empty) compiles code without columns, as -X no_debug_ranges.
script = ("def f():\n    return 1\n"
          "print(all(p[2] is None for p in f.__code__.co_positions()))")
for value in ("1", ""):
    env = dict(os.environ, PYTHONNODEBUGRANGES=value)
    r = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    print(repr(value), r.stdout.strip())
