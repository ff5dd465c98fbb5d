# pwd and grp: the password and group databases as struct sequences, lookups by
# id and by name, and their errors.
import grp
import os
import pwd

# (Only what every machine's databases agree on is printed.)
root = pwd.getpwuid(0)
print(root.pw_name, root[2], root.pw_gid, len(root), type(root).__name__)
print(repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="))
print(pwd.getpwnam(root.pw_name) == root, root in pwd.getpwall())
print([type(x).__name__ for x in root])
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), os.geteuid() == os.getuid(), os.getgid() == os.getegid())
print(os.getppid() > 0, os.getppid() != os.getpid())
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam(g.gr_name) == g,
      g in grp.getgrall())
print(pwd.struct_passwd.n_fields, grp.struct_group.n_sequence_fields, pwd.struct_passwd.__module__)
print(pwd.struct_passwd(("a", "b", 1, 2, "c", "d", "e")))
for f in [lambda: pwd.struct_passwd((1, 2)), lambda: pwd.getpwnam(1),
          lambda: pwd.getpwuid("x"), lambda: pwd.getpwuid(99999),
          lambda: pwd.getpwnam("no such user"), lambda: grp.getgrgid(99999),
          lambda: grp.getgrnam("no such group"), lambda: pwd.getpwuid(2**40),
          lambda: grp.struct_group((1,))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
