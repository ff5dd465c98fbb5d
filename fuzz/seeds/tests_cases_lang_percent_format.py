# Checks: printf-style % formatting: %s %r %d %i %f %e %g %x %o %c %%, widths, flags, tuples and dict mapping.
print("%s and %r" % ("str", "str"))
print("%d %i %5d|%-5d|%05d %+d" % (42, -3, 7, 7, 7, 7))
print("%f %.2f %10.3f %e %.3g %g" % (3.14159, 3.14159, 3.14159, 12345.678, 0.000123456, 1e20))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("100%% done, %s" % "ok")
print("%(name)s is %(age)d" % {"name": "Bo", "age": 30})
print("%s" % [1, 2], "%s" % (None,), "%.3s" % "abcdef", "%5s|%-5s|" % ("ab", "cd"))
print("%*d|%-*d|" % (4, 1, 4, 2))
print("%d" % 3.99, "%s" % 1.0, "%r" % 1.0)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
