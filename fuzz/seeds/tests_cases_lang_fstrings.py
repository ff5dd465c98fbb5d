# Checks: f-strings: expressions, conversions !r !s, = specifier, nested format specs, width/precision/align/sign/grouping.
name, n, pi = "Ada", 42, 3.14159265
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {[name]}")
print(f"{n=} {pi = :.2f} {n * 2 = }")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}] [{n:+}] [{-n: }]")
print(f"[{name:10}] [{name:>10}] [{name:*^9}] [{name:.2}]")
print(f"{pi:.3f} {pi:10.2f} {pi:e} {pi:.2e} {pi:g} {1e20:g} {0.0001:g} {pi:%}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#b} {5:08b}")
w, p = 10, 3
print(f"[{pi:{w}.{p}f}]")
print(f"{'nested'} {{braces}} {n if n > 40 else 0}")
d = {"k": "v"}
print(f"{d['k']} {len(d)} {name.upper()}")
print(f"{3.0} {1e16} {0.1 + 0.2} {True} {None}")
print(f"{-0.0:.1f} {2.5:.0f} {3.5:.0f} {1/3:.10f}")
