# glob, shutil and tempfile on a small tree made in the current directory.
import glob
import os
import shutil
import tempfile

os.makedirs("tree/a/b")
os.makedirs("tree/.hidden")
for p in ["tree/x.py", "tree/y.txt", "tree/.h.py", "tree/a/m.py", "tree/a/b/n.py",
          "tree/a/b/data[1].csv", "tree/.hidden/z.py"]:
    with open(p, "w") as f:
        f.write(p + "\n")

print(sorted(glob.glob("tree/*.py")))
print(sorted(glob.glob("tree/*")))
print(sorted(glob.glob("tree/**/*.py", recursive=True)))
print(sorted(glob.glob("tree/**", recursive=True)))
print(sorted(glob.glob("tree/**/", recursive=True)))
print(sorted(glob.glob("tree/**/*.py")))
print(sorted(glob.glob("*.py", root_dir="tree")))
print(sorted(glob.glob("tree/*", include_hidden=True)))
print(sorted(glob.glob("tree/.*")))
print(sorted(glob.glob("tree/?.*")), glob.glob("tree/[xy].txt"), glob.glob("tree/nothing*"))
print(glob.glob("tree/x.py"), glob.glob("tree/missing.py"), glob.glob("tree/"), glob.glob(""))
print(glob.glob("tree/a/b/" + glob.escape("data[1].csv")), glob.escape("a[b]*?.txt"))
print(glob.has_magic("a*"), glob.has_magic("abc"), glob.glob(b"tree/x*"))
print(sorted(glob.iglob("tree/a/*")))

print(shutil.copyfile("tree/x.py", "tree/copy.py"))
print(open("tree/copy.py").read(), end="")
print(shutil.copy("tree/y.txt", "tree/a"))
print(shutil.copy2("tree/y.txt", "tree/a/b/y2.txt"))
os.chmod("tree/x.py", 0o755)
shutil.copymode("tree/x.py", "tree/copy.py")
print(oct(os.stat("tree/copy.py").st_mode & 0o777))
print(shutil.copytree("tree/a", "tree2"))
print(sorted(os.path.relpath(os.path.join(r, f), "tree2") for r, _, fs in os.walk("tree2") for f in fs))
print(shutil.copytree("tree/a", "tree3", ignore=shutil.ignore_patterns("*.csv", "b")))
print(sorted(os.listdir("tree3")))
print(shutil.move("tree3", "tree4"), os.path.exists("tree3"))
print(shutil.move("tree/copy.py", "tree4"), os.listdir("tree4") and sorted(os.listdir("tree4")))
print(shutil.move("tree4/copy.py", "tree4/renamed.py"))
for bad in [lambda: shutil.copyfile("tree/x.py", "tree/x.py"),
            lambda: shutil.copyfile("missing.txt", "out.txt"),
            lambda: shutil.copyfile("tree/x.py", "tree/a"),
            lambda: shutil.copytree("tree/a", "tree2"),
            lambda: shutil.rmtree("missing"),
            lambda: shutil.rmtree("tree/x.py"),
            lambda: shutil.move("tree4/renamed.py", "tree4"),
            lambda: shutil.move("missing", "x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
errors = []
shutil.rmtree("missing", onerror=lambda f, p, e: errors.append((f.__name__, p, e[0].__name__)))
print(errors, shutil.rmtree("missing", ignore_errors=True))
print(shutil.which("sh") is not None, shutil.which("no-such-program-xyz"),
      shutil.which("sh", path=""), shutil.which("./tree/x.py"))
shutil.rmtree("tree2")
shutil.rmtree("tree4")
print(os.path.exists("tree2"), os.path.exists("tree4"))

print(isinstance(tempfile.gettempdir(), str), tempfile.gettempprefix(),
      os.path.isabs(tempfile.gettempdir()))
d = tempfile.mkdtemp(prefix="pre_", suffix="_suf", dir=".")
name = os.path.basename(d)
print(name.startswith("pre_"), name.endswith("_suf"), len(name), os.path.isdir(d),
      os.path.isabs(d), oct(os.stat(d).st_mode & 0o777))
os.rmdir(d)
with tempfile.TemporaryDirectory(dir=".") as t:
    kept = t
    with open(os.path.join(t, "inside.txt"), "w") as f:
        f.write("x")
    os.mkdir(os.path.join(t, "sub"))
    print(os.path.isdir(t), sorted(os.listdir(t)))
print(os.path.exists(kept))
td = tempfile.TemporaryDirectory(prefix="obj", dir=".")
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
print(os.path.exists(td.name))
td = tempfile.TemporaryDirectory(dir=".")
gone = td.name
del td
print("removed when the object dies:", not os.path.exists(gone))
with tempfile.NamedTemporaryFile(dir=".", suffix=".txt") as f:
    print(f.mode, f.name.endswith(".txt"), os.path.exists(f.name), f.delete)
    f.write(b"hello")
    f.seek(0)
    print(f.read(), f.tell())
    n = f.name
print(os.path.exists(n), f.closed)
with tempfile.NamedTemporaryFile("w+", dir=".", delete=False) as f:
    f.write("text mode\n")
    n = f.name
print(os.path.exists(n), open(n).read(), end="")
os.remove(n)
with tempfile.TemporaryFile(dir=".") as f:
    f.write(b"abc")
    f.seek(0)
    print(f.read())
shutil.rmtree("tree")
print(sorted(os.listdir(".")))
