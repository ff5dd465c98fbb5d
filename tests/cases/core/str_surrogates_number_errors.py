# int() and float() of text holding a lone surrogate: the ValueError shows it as repr does.
for s in ['123\ud800', '\udc80']:
    for f in (int, float):
        try:
            f(s)
        except ValueError as e:
            print(e)
