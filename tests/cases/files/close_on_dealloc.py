# a file whose last reference goes is closed and flushed, as in CPython
def write_and_forget(path, text):
    f = open(path, "w")
    f.write(text)
write_and_forget("one.txt", "flushed when f went away\n")
print(open("one.txt").read(), end="")
f = open("two.txt", "w")
f.write("flushed by del\n")
del f
print(open("two.txt").read(), end="")
g = open("four.txt", "w")
g.write("never read back: flushed at exit\n")
