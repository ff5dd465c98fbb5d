with open("p.txt", "w") as f:
    print("hello", 42, [1, 2], file=f)
    print("a", "b", sep="-", end="!\n", file=f)
    print(file=f)
    print("flushed", file=f, flush=True)
print(open("p.txt").read(), end="")
import sys
print("to stdout", file=sys.stdout)
print("to None", file=None)
