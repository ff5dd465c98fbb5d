# readinto(b) on the binary file classes: up to len(b) bytes into a writable
# buffer (bytearray, memoryview, array), how many were read; read-only or
# non-buffer arguments are a TypeError.
import array

with open("data.bin", "wb") as f:
    f.write(bytes(range(10)))

with open("data.bin", "rb") as f:
    b = bytearray(4)
    print(f.readinto(b), b)
    m = memoryview(bytearray(3))
    print(f.readinto(m), m.tobytes())
    a = array.array("h", [0, 0])
    print(f.readinto(a), a.tobytes())
    print(f.readinto(bytearray(5)), f.readinto(bytearray(5)), f.readinto(bytearray()))
    for bad in (b"", "text", [1, 2], memoryview(b"ro")):
        try:
            f.readinto(bad)
        except TypeError as e:
            print("TypeError:", e)

with open("data.bin", "rb", buffering=0) as f:
    b = bytearray(6)
    print(f.readinto(b), b)

with open("data.bin", "r+b") as f:
    b = bytearray(2)
    print(type(f).__name__, f.readinto(b), b)
