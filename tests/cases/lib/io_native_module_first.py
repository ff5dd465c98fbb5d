# Checks: importing _io before io still gives the whole module (BytesIO, FileIO), and
# io then shares its classes.
import _io
print(_io.BytesIO(b"hi").read(), _io.FileIO)
import io
print(io.FileIO is _io.FileIO)
