# bytes %-formatting's %b and %s take an object's __bytes__ (after bytes and buffers);
# a __bytes__ returning something else is a TypeError, and so is an object without one.
class B:
    def __bytes__(self):
        return b"zz"


class Bad:
    def __bytes__(self):
        return "not bytes"


print(b"%b|%s" % (B(), B()))
print(b"[%5b]" % B(), b"%-4s." % B())
print(b"%(k)b" % {b"k": B()})
print(b"%b %b" % (bytearray(b"ba"), memoryview(b"mv")))
for v in (Bad(), object(), "text", 3):
    try:
        print(b"%b" % (v,))
    except TypeError as e:
        print("TypeError:", e)
