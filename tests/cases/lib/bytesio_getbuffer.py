# BytesIO.getbuffer() is a writable view of the stream's bytes that blocks resizing
# while alive; BytesIO defines its own flush.
import io
b = io.BytesIO(b"hello world")
v = b.getbuffer()
print(type(v).__name__, len(v), bytes(v[:5]), v.readonly)
v[0] = ord("J")
print(b.getvalue())
try:
    b.write(b"more and more data past the end")
except BufferError as e:
    print("BufferError", e)
del v
b.seek(0)
print(b.write(b"ab"), b.getvalue())
b.seek(0, 2)
b.write(b"!")
print(b.getvalue())
b2 = io.BytesIO(b"x" * 6)
print(b2.readinto(b2.getbuffer()), b2.getvalue())
print(io.BytesIO().flush(), "flush" in io.BytesIO.__dict__)
b.close()
for m in (b.flush, b.getbuffer):
    try:
        m()
    except ValueError as e:
        print("ValueError", e)
