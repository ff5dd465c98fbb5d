# SyntaxError columns of source given as bytes: UTF-8 bytes when nothing declares
# the encoding, characters when a BOM or a coding declaration does (CPython's
# string tokenizer); a str source always counts characters.
sources = [
    'Python = "Пітон" +',
    'Python = "Пітон" +'.encode(),
    '# coding: utf-8\nPython = "Пітон" +'.encode(),
    '\ufeffPython = "Пітон" +'.encode(),
    b'# -*- coding: cp1251 -*-\nPython = "\xcf\xb3\xf2\xee\xed" +',
    '# coding: latin-1\nx = "Ü" +'.encode("latin-1"),
    '#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\nx = "слово" +'.encode("koi8-r"),
]
for src in sources:
    for mode in ("exec",):
        try:
            compile(src, "<src>", mode)
        except SyntaxError as e:
            print(e.lineno, e.offset, e.end_offset, repr(e.text))
try:
    exec('# coding: cp1252\nx = "é" +'.encode("cp1252"))
except SyntaxError as e:
    print(e.lineno, e.offset, repr(e.text))
