# -*- coding: latin-1 -*-
# A script in latin-1 with a PEP 263 declaration: its string literals, comments and
# identifiers decode with that encoding (CPython's tokenizer `check_coding_spec`).
s = "café äöü ©"
print(s, len(s), [hex(ord(c)) for c in s[-5:]])
bär = 3
print(bär)
