def f(**k): return k
class C:
    def m(self, **k): pass
for x in [1, [1], [(1,2)], {1,2}, frozenset(), (), range(2), 'ab', None]:
    try: print({**x})
    except Exception as e: print(type(e).__name__, e)
    try: print(f(**x))
    except Exception as e: print(type(e).__name__, e)
    try: print(C().m(**x))
    except Exception as e: print(type(e).__name__, e)
    try: print(dict(**x))
    except Exception as e: print(type(e).__name__, e)
    try: print(print(**x))
    except Exception as e: print(type(e).__name__, e)
try: f(**{'a':1}, **{'a':2})
except Exception as e: print(type(e).__name__, e)
try: C().m(**{'a':1}, **{'a':2})
except Exception as e: print(type(e).__name__, e)
try: f(**{1:1})
except Exception as e: print(type(e).__name__, e)
