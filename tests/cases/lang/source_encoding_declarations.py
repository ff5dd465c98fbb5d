# Source bytes are decoded as PEP 263 says: a UTF-8 BOM is dropped, a `coding`
# comment on line 1 or 2 (after a comment-only line 1) names the encoding, and
# compile() refuses a BOM with another declaration or an unknown encoding. Modules
# imported from files follow the same rules, including latin-9.
import os
import sys
import tempfile


def attempt(src):
    try:
        ns = {}
        exec(compile(src, "<src>", "exec"), ns)
        print(repr(ns.get("x")))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)


attempt(b"\xef\xbb\xbfx = 'bom'\n")
attempt(bytearray(b"\xef\xbb\xbfx = 'bom'\n"))
attempt(b"# coding: latin-1\nx = '\xe4'\n")
attempt(b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4\xbd'\n")
attempt(b"# -*- coding: latin9 -*-\nx = '\xa4'\n")
attempt(b"# coding=ascii\nx = 'plain'\n")
attempt(b"# coding: utf-8\nx = '\xc3\xa4'\n")
attempt(b"\xef\xbb\xbf# coding: utf-8\nx = 'both'\n")
attempt(b"\xef\xbb\xbf# coding: latin-1\nx = 1\n")
attempt(b"# coding: foobar\nx = 1\n")
print(eval(b"\xef\xbb\xbf1 + 1"))

d = tempfile.mkdtemp()
sys.path.insert(0, d)
files = {
    "m_latin9": b"# -*- coding: latin9 -*-\nv = '\xa4\xa6\xe4'\n",
    "m_latin1": b"# coding: iso-8859-1\nv = '\xe9\xff'\n",
    "m_bom": b"\xef\xbb\xbfv = 'bom'\n",
    "m_unknown": b"# coding: nosuchcodec\nv = 1\n",
    "m_bad": b"x = 1\ny = '\xe4'\n",
}
for name, data in files.items():
    with open(os.path.join(d, name + ".py"), "wb") as f:
        f.write(data)
for name in ["m_latin9", "m_latin1", "m_bom", "m_unknown", "m_bad"]:
    try:
        m = __import__(name)
        print(name, [hex(ord(c)) for c in m.v])
    except SyntaxError as e:
        print(name, "SyntaxError:", e.msg.replace(d, "DIR"))
for name in os.listdir(d):
    p = os.path.join(d, name)
    if os.path.isfile(p):
        os.remove(p)
