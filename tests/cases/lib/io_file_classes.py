# Checks: io exposes the file classes and open() of _io (io.open is open), files are
# instances of io.TextIOBase/BufferedIOBase/IOBase, text_encoding/open_code, encoding="locale",
# and _io carries StringIO/BytesIO/UnsupportedOperation after io is imported.
import io, sys
print(io.TextIOWrapper, io.BufferedReader, io.FileIO, io.open is open, io.BlockingIOError is BlockingIOError)
f = open(__file__)
print(isinstance(f, io.IOBase), isinstance(f, io.TextIOBase), isinstance(f, io.BufferedIOBase))
b = open(__file__, 'rb')
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.TextIOBase), isinstance(b, io.IOBase))
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase))
print(io.text_encoding(None), io.text_encoding('utf-8'))
with io.open_code(__file__) as c:
    print(c.read(9))
f.close(); b.close()
print(f.closed, b.closed)
import _io
print(_io.StringIO is io.StringIO, _io.BytesIO, _io.UnsupportedOperation is io.UnsupportedOperation, _io.open is open)
with open(__file__, encoding="locale") as g:
    print(g.readline().strip())
