# Generates the table in src/runtime/types/class/type_sizes.rs from this machine's
# CPython 3.11: `__basicsize__`, `__itemsize__`, `__dictoffset__`,
# `__weakrefoffset__` and `__text_signature__` of the static types mempy models
# (the names `flags.rs` knows), each found among the live type objects.
# Run: python3 src/runtime/types/class/gen_type_sizes.py, and put its output (the
# `builtin_sizes` function) in place of the one at the end of type_sizes.rs.
import collections, itertools, types, weakref  # noqa: F401  (load their types)
import json
import os
import re
import sys

assert sys.version_info[:2] == (3, 11)
here = os.path.dirname(os.path.abspath(__file__))
flags = open(os.path.join(here, "flags.rs")).read()
names = sorted(set(re.findall(r'^\s*"([^"]+)" => 0x', flags, re.M)))

HEAPTYPE = 1 << 9
found = {}
stack = [object]
seen = set()
while stack:
    t = stack.pop()
    if id(t) in seen:
        continue
    seen.add(id(t))
    try:
        subs = type.__subclasses__(t)
    except TypeError:
        subs = []
    stack.extend(subs)
    if not t.__flags__ & HEAPTYPE:
        found.setdefault(t.__name__, t)

print("/// CPython 3.11.7's `(tp_basicsize, tp_itemsize, tp_dictoffset,")
print("/// tp_weaklistoffset, __text_signature__)` of its static types, by `__name__`.")
print("#[rustfmt::skip]")
print("fn builtin_sizes(name: &str) -> Option<Sizes> {")
print("    Some(match name {")
for n in names:
    t = found.get(n)
    if t is None:
        continue
    sig = t.__text_signature__
    sig = "None" if sig is None else "Some(%s)" % json.dumps(sig)
    print('        "%s" => (%d, %d, %d, %d, %s),' % (
        n, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__, sig))
print("        _ => return None,")
print("    })")
print("}")
