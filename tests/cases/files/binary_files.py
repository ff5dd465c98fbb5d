# binary modes: bytes in, bytes out
with open("data.bin", "wb") as f:
    print(type(f).__name__, f.mode, repr(f))
    print(f.write(b"\x00\x01\x02line\n"), f.write(bytearray(b"more\nend")))
with open("data.bin", "rb") as f:
    print(type(f).__name__, f.mode, repr(f))
    print(f.read(3), f.readline(), f.readline(), f.readline(), f.read())
with open("data.bin", "rb") as f:
    print(list(f))
with open("data.bin", "ab") as f:
    print(type(f).__name__, f.mode, f.tell())
    f.write(b"!")
with open("data.bin", "r+b") as f:
    print(type(f).__name__, f.mode)
    print(f.read(2))
    f.write(b"XY")
    f.seek(0)
    print(f.read())
try:
    open("data.bin", "wb").write("text")
except TypeError as e:
    print(e)
with open("data.bin", "rb") as f:
    print(f.read(0), f.read(-1)[:4], f.read(), f.read(5))
