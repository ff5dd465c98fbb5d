import pkg.sub
try:
    import _relbeyond
except ImportError as e:
    print(e)
exec("from ... import x", {"__package__": "pkg.sub", "__name__": "pkg.sub.m"})
