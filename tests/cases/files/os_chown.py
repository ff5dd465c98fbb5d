# os.chown: -1 leaves an id as it is; a missing file is FileNotFoundError.
import os

with open("f.txt", "w") as f:
    f.write("x")
st = os.stat("f.txt")
print(os.chown("f.txt", -1, -1))
print(os.chown("f.txt", st.st_uid, st.st_gid, follow_symlinks=False))
after = os.stat("f.txt")
print(after.st_uid == st.st_uid, after.st_gid == st.st_gid)
try:
    os.chown("missing.txt", -1, -1)
except FileNotFoundError as e:
    print(e)
try:
    os.chown("f.txt", -2, -1)
except OverflowError as e:
    print(e)
try:
    os.chown("f.txt", -1)
except TypeError as e:
    print(e)
