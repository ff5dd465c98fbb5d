# An exception from __exit__ on the normal way out of a with block is reported on
# the with statement's line, as CPython 3.11 does.
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): 1/0
def f():
    with CM():
        x = 1
f()
