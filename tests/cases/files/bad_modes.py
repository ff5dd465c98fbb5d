# open()'s argument checks
for mode in ["z", "rw", "rbt", "", "r+++", "rU", "b", "+", "wa"]:
    try:
        open("x.txt", mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in [dict(encoding="utf-8"), dict(errors="strict"), dict(newline="")]:
    try:
        open("x.txt", "wb", **kw)
    except ValueError as e:
        print(e)
try:
    open("x.txt", "w", newline="x")
except ValueError as e:
    print(e)
try:
    open("x.txt", "w", encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    open("x.txt", "w", buffering=0)
except ValueError as e:
    print(e)
try:
    open(3.5)
except TypeError as e:
    print(e)
try:
    open()
except TypeError as e:
    print(e)
