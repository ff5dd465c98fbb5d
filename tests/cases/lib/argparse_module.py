# argparse: help layout, usage wrapping, actions, nargs, errors (captured), subparsers.
import sys
import argparse, io

def run(p, args):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        r = p.parse_args(args)
        code = None
    except SystemExit as e:
        r = None
        code = e.code
    finally:
        sys.stdout, sys.stderr = so, se
    print('ARGS', args, '->', r, 'exit', code)
    if out.getvalue(): print('OUT:' + out.getvalue(), end='')
    if err.getvalue(): print('ERR:' + err.getvalue(), end='')

p = argparse.ArgumentParser(prog='tool', description='Process some files and do things with them in a fairly long description sentence.', epilog='See the docs.')
p.add_argument('mode', choices=['fast', 'slow'], help='how to run')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-q', '--quiet', action='store_true', help='less output')
p.add_argument('--no-color', action='store_false', dest='color', help='disable color')
p.add_argument('-n', '--num', type=int, default=3, help='a number (default: %(default)s)')
p.add_argument('--ratio', type=float, metavar='R')
p.add_argument('-I', '--include', action='append', help='include dirs')
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--many', nargs='*')
p.add_argument('--level', choices=[1, 2, 3], type=int, required=True, help='level: %(choices)s')
run(p, ['-h'])
run(p, ['fast', 'a', 'b', '--level', '2'])
run(p, ['slow', 'x', '-vvv', '-q', '--no-color', '-n', '7', '--ratio=0.5', '-I', 'i1', '-Ii2', '--level=1', '--opt', '--pair', 'p', 'q', '--many', 'm1', 'm2'])
run(p, ['fast', 'a', '--level', '2', '--opt', 'X', '--many'])
run(p, ['fast'])
run(p, [])
run(p, ['medium', 'a', '--level', '1'])
run(p, ['fast', 'a', '--level', '5'])
run(p, ['fast', 'a', '--level', 'x'])
run(p, ['fast', 'a', '--level', '1', '-n', 'abc'])
run(p, ['fast', 'a', '--level', '1', '-n'])
run(p, ['fast', 'a', '--level', '1', '--pair', 'x'])
run(p, ['fast', 'a', '--level', '1', '--bogus', 'zz'])
run(p, ['fast', 'a', '--level', '1', '--ver'])
run(p, ['fast', 'a', '--lev', '1', '--n', '2'])
run(p, ['fast', 'a', '--level', '1', '-q=x'])
run(p, ['fast', 'a', '--level', '1', '-qv'])
run(p, ['fast', '--level', '1', '--', '-a', '-b'])
print(p.format_usage(), end='')

p2 = argparse.ArgumentParser(prog='calc')
p2.add_argument('x', type=int)
p2.add_argument('y', type=int, nargs='?', default=10)
p2.add_argument('rest', nargs='*')
g = p2.add_mutually_exclusive_group()
g.add_argument('--add', action='store_true')
g.add_argument('--mul', action='store_true')
grp = p2.add_argument_group('extra', 'Extra options here.')
grp.add_argument('--debug', action='store_true', help='debug mode')
p2.add_argument('--version', action='version', version='%(prog)s 1.0')
run(p2, ['-h'])
run(p2, ['1'])
run(p2, ['1', '2', 'a', 'b', '--add'])
run(p2, ['1', '--add', '--mul'])
run(p2, ['-5'])
run(p2, ['--version'])
run(p2, ['1', '2', '3', '--debug'])
g2 = p2.add_mutually_exclusive_group(required=True)
g2.add_argument('--a1', action='store_true')
g2.add_argument('--a2', action='store_true')
run(p2, ['1'])
print(p2.format_usage(), end='')

p3 = argparse.ArgumentParser(prog='long_program_name_here', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
for i in range(8):
    p3.add_argument('--option-number-%d' % i, metavar='VALUE_%d' % i, default=i, help='option %d does something rather interesting with the value given' % i)
p3.add_argument('source')
p3.add_argument('destination', nargs='?')
run(p3, ['-h'])
run(p3, [])

ns = argparse.Namespace(b=1, a='x')
print(ns, 'a' in ns, ns == argparse.Namespace(a='x', b=1), vars(ns))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
a = argparse.ArgumentParser(prog='x').add_argument('--foo', '-f', type=int, help='h')
print(a)
try:
    pp = argparse.ArgumentParser(); pp.add_argument('--x'); pp.add_argument('--x')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    argparse.ArgumentParser().add_argument('pos', required=True)
except TypeError as e:
    print('TypeError', e)
try:
    argparse.ArgumentParser().add_argument('--x', action='bogus')
except ValueError as e:
    print('ValueError', e)
pe = argparse.ArgumentParser(prog='pe', exit_on_error=False)
pe.add_argument('--n', type=int)
try:
    pe.parse_args(['--n', 'q'])
except argparse.ArgumentError as e:
    print('caught', e)
print(pe.parse_known_args(['--n', '4', 'extra', '--zz']))
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
pt = argparse.ArgumentParser(prog='pt')
pt.add_argument('n', type=positive)
pt.set_defaults(flag='yes')
run(pt, ['-3'])
run(pt, ['0'])
run(pt, ['4'])
print(pt.get_default('flag'))

ps = argparse.ArgumentParser(prog='git')
ps.add_argument('--top', action='store_true')
sub = ps.add_subparsers(dest='cmd', help='sub-command help')
c1 = sub.add_parser('commit', help='record changes')
c1.add_argument('-m', '--message', required=True)
c2 = sub.add_parser('push', help='send changes')
c2.add_argument('remote', nargs='?', default='origin')
run(ps, ['-h'])
run(ps, ['commit', '-m', 'hi'])
run(ps, ['push'])
run(ps, ['--top', 'push', 'up'])
run(ps, ['commit'])
run(ps, ['pull'])
run(ps, ['commit', '-h'])
run(ps, [])

sys.argv = ['/some/dir/script.py', '--flag', 'pos']
pa = argparse.ArgumentParser()
pa.add_argument('--flag', action='store_true')
pa.add_argument('p')
print(pa.parse_args(), pa.prog)
pb = argparse.ArgumentParser(prog='bool')
pb.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True, help='toggle')
pb.add_argument('--ext', action='extend', nargs='+')
pb.add_argument('--const', action='append_const', const=5)
run(pb, ['-h'])
run(pb, ['--no-feature', '--ext', 'a', 'b', '--ext', 'c', '--const', '--const'])
pr = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter, description='line one\n  indented two\n\nthree')
pr.add_argument('cmd', nargs=argparse.REMAINDER)
run(pr, ['-h'])
run(pr, ['a', '-x', '--y'])
