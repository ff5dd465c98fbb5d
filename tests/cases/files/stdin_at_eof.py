# stdin is empty (the harness gives /dev/null)
import sys
print(repr(sys.stdin), sys.stdin.readable())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), list(sys.stdin))
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", e)
