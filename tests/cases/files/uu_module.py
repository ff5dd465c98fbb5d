# uu: uuencode and uudecode through files, paths and the header's name and mode.
import io
import os
import stat
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import uu
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

data = b"The symbols on top of your keyboard are !@#$%^&*()_+|~\n" * 2
out = io.BytesIO()
uu.encode(io.BytesIO(data), out, "t1\nx", 0o644)
print(out.getvalue().decode())
back = io.BytesIO()
uu.decode(io.BytesIO(b"junk\nbegin x y\n" + out.getvalue()), back)
print(back.getvalue() == data)

out = io.BytesIO()
uu.encode(io.BytesIO(b"abc"), out, backtick=True)
print(out.getvalue())

# Paths: the name and mode come from the header.
with open("plain.bin", "wb") as f:
    f.write(data)
uu.encode("plain.bin", "coded.uu", "decoded.bin", 0o444)
uu.decode("coded.uu")
with open("decoded.bin", "rb") as f:
    print(f.read() == data, oct(stat.S_IMODE(os.stat("decoded.bin").st_mode)))
os.chmod("decoded.bin", 0o644)

for bad in (b"", b"begin 644 t\n", b"begin 644 decoded.bin\n \nend\n",
            b"begin 644 ../uu-not-there/x\n \nend\n", b"begin 644 /uu-not-there/x\n \nend\n"):
    try:
        uu.decode(io.BytesIO(bad), None if b"t\n" not in bad[-2:] else io.BytesIO())
    except uu.Error as e:
        print("Error:", e)

# Padding past the line's length is forgiven (quietly here).
back = io.BytesIO()
uu.decode(io.BytesIO(b"begin 644 f\n\x21\x2c\x5f\x5f\x5f\n\x60\nend\n"), back, quiet=True)
print(back.getvalue())
