# str.format raises each template error where CPython meets it: a field's name is
# split when the field is rendered, accessors are read between the lookups, and a
# nested spec is parsed after the field's object was found and converted.
tests = ["{0.}", "{0[}", "{0]}", "{}{1}", "{1}{}", "{a}", "{0}", "{0.x}", "{0[0]}", "{!}", "{0!}", "{0!x}", "{0!rr}", "{0:", "{", "}", "{0[a]b}", "{0.a b}", "{0[]}", "{.a}", "{[0]}", "{0:{1:{2}}}", "{0!r:}", "{0.__class__}", "{0[1]", "{0.", "{0[", "{:>{}}", "{0:{}}", "{:{0}}"]
for t in tests:
    for args in [(1,), (), ([1,2],)]:
        try:
            r = t.format(*args)
            print(repr(t), args, "->", repr(r))
        except Exception as e:
            print(repr(t), args, type(e).__name__, e)
class F:
    def __format__(self, spec):
        print("fmt", repr(spec)); return "F"
    def __repr__(self):
        print("repr"); return "R"
for t, a, k in [("{0!r:{1}}", (F(), 5), {}), ("{0:{1}}{x}", (F(), "q"), {}), ("{}{:{}}", (F(), F(), 3), {}), ("a{0}b}", (F(),), {}), ("{0[x]}", ({"x": 1},), {}), ("{a[0]}", (), {"a": [7]}), ("{0:{1:{2}}}", (F(),1,2), {})]:
    try:
        print(repr(t.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k): return k.upper()
print("{a}{b.real}".format_map(D(b=3)))
try: "{0}".format_map({})
except Exception as e: print(type(e).__name__, e)
