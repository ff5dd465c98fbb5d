# parse_intermixed_args, @file arguments, MetavarTypeHelpFormatter, FileType('rb')
# on '-', the conflict_handler check, no-break spaces in help text.
import argparse
import os
import sys
import tempfile

p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo')
bar = p.add_argument('--bar', required=True)
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
argv = 'cmd --foo x 1 --bar y 2 3'.split()
print(p.parse_intermixed_args(argv))
print(p.parse_known_args(argv))
print(p.parse_known_intermixed_args('cmd --foo x 1 --error 2 --bar y 3'.split()))
print(p.usage, bar.required, p._actions[-1].nargs)

q = argparse.ArgumentParser(prog='Q')
q.add_argument('x')
q.add_argument('y', nargs='...')
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)

g = argparse.ArgumentParser(prog='G', exit_on_error=False)
grp = g.add_mutually_exclusive_group(required=True)
grp.add_argument('--foo', action='store_true')
grp.add_argument('--spam')
g.add_argument('badger', nargs='*', default='X')
print(g.parse_intermixed_args('1 --foo 2'.split()), grp.required)

with tempfile.TemporaryDirectory() as d:
    one = os.path.join(d, 'one')
    two = os.path.join(d, 'two')
    with open(one, 'w') as f:
        f.write('--a\n1\nX\n@' + two + '\n')
    with open(two, 'w') as f:
        f.write('B\nC\n')
    fp = argparse.ArgumentParser(prog='F', fromfile_prefix_chars='@')
    fp.add_argument('--a')
    fp.add_argument('rest', nargs='*')
    print(fp.parse_args(['@' + one, 'Y']))

    class Split(argparse.ArgumentParser):
        def convert_arg_line_to_args(self, line):
            return line.split()
    sp = Split(prog='S', fromfile_prefix_chars='@')
    sp.add_argument('words', nargs='*')
    with open(one, 'w') as f:
        f.write('a b\nc  d\n')
    print(sp.parse_args(['@' + one]))
    try:
        sp.parse_args(['@no-such-args-file'])
    except SystemExit as e:
        print('exit', e.code)

m = argparse.ArgumentParser(prog='M', formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument('a', type=int)
m.add_argument('--b', type=float)
m.print_help()

print(argparse.FileType('rb')('-') is sys.stdin.buffer,
      argparse.FileType('wb')('-') is sys.stdout.buffer,
      argparse.FileType('r')('-') is sys.stdin)
try:
    argparse.ArgumentParser(conflict_handler='foo')
except ValueError as e:
    print('ValueError:', e)

n = argparse.ArgumentParser(prog='N')
n.add_argument('--nb', action='store_true',
               help='help message containing non-breaking spaces shall not '
                    'wrap\N{NO-BREAK SPACE}at non-breaking spaces')
n.print_help()

old = sys.stderr
sys.stderr = None
try:
    n.exit(0, 'lost')
except SystemExit as e:
    sys.stderr = old
    print('exit', e.code)
print('MetavarTypeHelpFormatter' in argparse.__all__)
