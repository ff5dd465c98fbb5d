# tracebacks show frames in both files, with source lines and carets
import _helper

def go(n):
    return _helper.divide(n, 0)

go(1)
