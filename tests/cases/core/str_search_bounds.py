strs = ["", "a", "abc", "abcabc", "héllo wörld", "日本語日本", "aaa", "x" * 10 + "é"]
subs = ["", "a", "b", "bc", "abc", "é", "日本", "aa", "zz", "wö", "lo"]
idx = [None, 0, 1, 2, -1, -2, -5, 5, 20, -20]
out = []
for s in strs:
    for sub in subs:
        for a in idx:
            for b in idx:
                args = (sub,) if a is None and b is None else ((sub, a) if b is None else (sub, a if a is not None else 0, b))
                r = [s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args)]
                try: r.append(s.index(*args))
                except ValueError as e: r.append(str(e))
                try: r.append(s.rindex(*args))
                except ValueError as e: r.append(str(e))
                out.append(r)
print(len(out), hash(str(out)) % 1000003, str(out)[:200])
print("abc".startswith(("x", "a")), "abc".endswith(("x", "bc"), 1))
for bad in (["a"], 1):
    try: "abc".startswith(bad)
    except TypeError as e: print(e)
try: "abc".find(1)
except TypeError as e: print(e)
try: "abc".count(None)
except TypeError as e: print(e)
