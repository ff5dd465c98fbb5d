# quopri: quoted-printable bytes and files, through binascii and through the
# module's own line coder (used when its b2a_qp/a2b_qp are set to None).
import io
import quopri

samples = [
    b'hello',
    b'hello \nthere\t\nworld',
    b'\x81\x82=\x83 _x',
    b'y' * 76,
    b'z' * 77 + b'\n' + b'z' * 151,
    b'x' * 50 + bytes(range(0xd8, 0xe0)) + b'x' * 50,
    b'trailing space \n\n',
]


def run(label):
    print('--', label)
    for s in samples:
        e = quopri.encodestring(s)
        print(e)
        print(quopri.decodestring(e) == s)
        out = io.BytesIO()
        quopri.encode(io.BytesIO(s), out, quotetabs=True)
        print(out.getvalue())
    print(quopri.encodestring(b'hello world_x', header=True))
    print(quopri.decodestring(b'hello_world=5Fx', header=True))
    print(quopri.decodestring(b'123==four =\nsoft =41=4a=zz  \nend'))
    out = io.BytesIO()
    quopri.decode(io.BytesIO(b'a=\r\nb\r\nc=3D'), out)
    print(out.getvalue())


run('binascii')
quopri.b2a_qp = quopri.a2b_qp = None
run('python')
print(quopri.needsquoting(b'=', False, False), quopri.quote(b'\xff'),
      quopri.ishex(b'f'), quopri.unhex(b'4A'))
