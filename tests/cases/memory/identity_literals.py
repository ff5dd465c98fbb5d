# The identity rows of the memory model written as a learner types them: each `is`
# with a literal also gets CPython's compile-time SyntaxWarning on stderr.
import sys

c = int("1000"); d = int("1000"); print(c is d, id(c) == id(d))
f = 2.5; g = float("2.5"); print(f is g)
print(() is tuple())
print("hel" + "lo" is "hello")
t = (1, 2); print(t is (1, 2))
x = 1000
print(x is 1000, x is not 1000)
