# Writing to stdout keeps no extra descriptor open: the first file the program
# opens after some output gets descriptor 3, as in CPython.
import os
import sys

print("some output", flush=True)
sys.stdout.buffer.write(b"bytes too\n")
sys.stdout.flush()
with open(__file__, "rb") as f:
    print(f.fileno())
fd = os.open(__file__, os.O_RDONLY)
print(fd)
os.close(fd)
