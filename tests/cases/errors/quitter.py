# exit and quit are site's Quitter objects: their repr says how to leave, calling them
# raises SystemExit like sys.exit.
print(repr(exit))
print(quit)
print(str(exit) == repr(exit))
print(type(exit).__name__, exit.name, quit.name, exit.eof)
print(exit is not quit, type(exit) is type(quit))
print([exit])
for f in (exit, quit):
    try:
        f()
    except SystemExit as e:
        print(repr(e), e.code)
    try:
        f(3)
    except SystemExit as e:
        print(repr(e), e.code)
try:
    exit(1, 2)
except TypeError as e:
    print(e)
try:
    quit("bye")
except SystemExit as e:
    print(e.code, e.args)
exit("leaving with a message")
print("not reached")
