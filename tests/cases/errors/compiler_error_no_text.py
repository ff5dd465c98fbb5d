# A compiler-stage error in source run with exec: the traceback has no source
# line, as CPython has no file to read it from.
exec("x = 1\nyield x\n")
