# argparse: subparsers, the four formatters, BooleanOptionalAction/extend/count/REMAINDER, prefix_chars, abbreviations, negative numbers, exit_on_error=False, construction errors, parents, conflict_handler='resolve', long-usage wrapping, mutually exclusive groups, reprs.
import sys, io, argparse
def run(p, args):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        r = p.parse_args(args); code = None
    except SystemExit as e:
        r = None; code = e.code
    finally:
        sys.stdout, sys.stderr = so, se
    print('ARGS', args, '->', r, 'exit', code)
    if out.getvalue(): print('OUT:' + out.getvalue(), end='')
    if err.getvalue(): print('ERR:' + err.getvalue(), end='')
def tryit(f, *a, **k):
    try:
        r = f(*a, **k); print('OK', r)
    except BaseException as e:
        print(type(e).__name__, e)

# subparsers
p = argparse.ArgumentParser(prog='git')
p.add_argument('--top', action='store_true')
sp = p.add_subparsers(dest='cmd', help='sub-command help')
a = sp.add_parser('add', help='add things', aliases=['a'])
a.add_argument('paths', nargs='*')
a.add_argument('-f', '--force', action='store_true')
c = sp.add_parser('commit', help='commit things')
c.add_argument('-m', '--message', required=True)
sp.add_parser('status')
run(p, ['-h']); run(p, ['add', '-h']); run(p, ['add', 'x', 'y', '-f']); run(p, ['a', 'z'])
run(p, ['commit']); run(p, ['commit', '-m', 'hi']); run(p, ['nope']); run(p, []); run(p, ['status', 'extra'])
run(p, ['--top', 'status'])
p = argparse.ArgumentParser(prog='x')
sp = p.add_subparsers(title='commands', description='available commands', required=True, dest='c', metavar='CMD')
sp.add_parser('one', help='first'); sp.add_parser('two', help='second')
run(p, ['-h']); run(p, [])
# formatters
for fc in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.HelpFormatter):
    p = argparse.ArgumentParser(prog='fmt', formatter_class=fc, description='Line one\n    indented two\n\nPara   three words', epilog='  epi\n  log')
    p.add_argument('--x', default=5, help='x help\n  second line   spaced')
    p.add_argument('y', nargs='?', default='dy', help='y positional')
    p.add_argument('--z', help=argparse.SUPPRESS)
    p.add_argument('--w', action='store_true')
    run(p, ['-h'])
# boolean optional, version, extend, append_const, count
p = argparse.ArgumentParser(prog='b', add_help=False)
p.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True, help='feature flag')
p.add_argument('--ver', action='version', version='b 2.0')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--ac', action='append_const', const=7, dest='acs')
p.add_argument('--cnt', '-c', action='count')
p.add_argument('rest', nargs=argparse.REMAINDER)
print(p.format_help())
run(p, ['--no-feature', '--ext', '1', '2', '--ext', '3', '--ac', '--ac', '-ccc', 'r1', '--x', '-y'])
run(p, ['--ver'])
run(p, ['--feature'])
# prefix chars
p = argparse.ArgumentParser(prog='pc', prefix_chars='+-')
p.add_argument('+f', action='store_true'); p.add_argument('++bar'); p.add_argument('-q', type=int)
run(p, ['+f', '++bar', 'B', '-q', '3']); run(p, ['+h'])
# allow_abbrev
p = argparse.ArgumentParser(prog='ab', allow_abbrev=False)
p.add_argument('--foobar'); run(p, ['--foo', 'x']); run(p, ['--foobar', 'y'])
p = argparse.ArgumentParser(prog='amb'); p.add_argument('--foobar'); p.add_argument('--foobaz')
run(p, ['--foo', '1']); run(p, ['--foob=3']); run(p, ['--foobar=4'])
# negative numbers
p = argparse.ArgumentParser(prog='neg'); p.add_argument('-n', type=float); p.add_argument('v', nargs='*', type=float)
run(p, ['-n', '-1.5', '-2', '3', '-.5']);
p = argparse.ArgumentParser(prog='neg2'); p.add_argument('-1', dest='one', action='store_true'); p.add_argument('v', nargs='*')
run(p, ['-1', 'x']); run(p, ['-2'])
# exit_on_error False
p = argparse.ArgumentParser(prog='eoe', exit_on_error=False); p.add_argument('--n', type=int); p.add_argument('--c', choices='abc')
tryit(p.parse_args, ['--n', 'x']); tryit(p.parse_args, ['--c', 'z']); tryit(p.parse_args, ['--n'])
# parse_known_args
p = argparse.ArgumentParser(prog='pk'); p.add_argument('--a'); p.add_argument('pos')
print(p.parse_known_args(['--a', '1', 'P', '--b', '2', 'Q']))
# Namespace, reprs
ns = argparse.Namespace(a=1, b='x'); print(ns, 'a' in ns, 'c' in ns, ns == argparse.Namespace(b='x', a=1), ns != argparse.Namespace())
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
print(repr(p._actions[1]))
print(p)
print(argparse.FileType('w'), argparse.FileType('rb', 0, encoding='utf-8', errors='strict'), argparse.FileType())
# errors in construction
p = argparse.ArgumentParser(prog='c')
p.add_argument('--dup')
tryit(p.add_argument, '--dup'); tryit(p.add_argument, 'x', dest='y'); tryit(p.add_argument, 'x', required=True)
tryit(p.add_argument, '--k', nargs=0); tryit(p.add_argument, '--k', action='append', nargs=0); tryit(p.add_argument, '--k', const=1)
tryit(p.add_argument, '--k', action='nope'); tryit(p.add_argument, '--k', type='int'); tryit(p.add_argument, '--k', type=argparse.FileType)
tryit(p.add_argument, '--k', nargs=2, metavar=('A',)); tryit(p.add_argument, 'bad-', '--x'); tryit(p.add_argument, '-')
g = p.add_mutually_exclusive_group(); tryit(g.add_argument, 'pos')
print(p.get_default('dup')); p.set_defaults(dup='D', other=3); print(p.get_default('dup'), p.get_default('other'), p.parse_args([]))
# parents, conflict resolve
par = argparse.ArgumentParser(add_help=False); par.add_argument('--common', default='c'); par.set_defaults(pp=1)
ch = argparse.ArgumentParser(prog='child', parents=[par]); ch.add_argument('--own')
run(ch, ['-h']); run(ch, ['--common', 'z'])
r = argparse.ArgumentParser(prog='res', conflict_handler='resolve'); r.add_argument('-x', '--xx', help='old'); r.add_argument('--xx', help='new')
run(r, ['-h'])
# long usage wrap
p = argparse.ArgumentParser(prog='a_really_long_program_name_that_goes_on_and_on_for_a_while_here')
for n in 'alpha beta gamma delta epsilon zeta'.split(): p.add_argument('--' + n, metavar=n.upper() * 2)
p.add_argument('inputs', nargs='+'); p.add_argument('output')
run(p, ['-h'])
p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--aa', action='store_true'); g.add_argument('--bb', help=argparse.SUPPRESS); g.add_argument('--cc', nargs='?')
p.add_argument('pos', nargs='?'); run(p, ['-h']); run(p, ['--aa', '--cc'])
p = argparse.ArgumentParser(prog='usage', usage='%(prog)s [opts] FILE', description='desc %(prog)s')
p.add_argument('f'); run(p, ['-h']); run(p, [])
p = argparse.ArgumentParser(prog='ch'); p.add_argument('--c', type=int, choices=range(3)); p.add_argument('pos', choices=['a','b'], nargs='+')
run(p, ['-h']); run(p, ['a', 'c']); run(p, ['a', '--c', '5'])
def t(s):
    if s == 'bad': raise argparse.ArgumentTypeError('custom bad value')
    return s.upper()
p = argparse.ArgumentParser(prog='ty'); p.add_argument('v', type=t); run(p, ['ok']); run(p, ['bad'])
p.error_test = 1
tryit(lambda: p.exit(3, 'bye\n'))
p = argparse.ArgumentParser(prog='ns'); p.add_argument('--q', nargs=3, type=int)
run(p, ['--q', '1', '2']); run(p, ['--q', '1', '2', '3'])
p = argparse.ArgumentParser(prog='d'); p.add_argument('--s', default='5', type=int); p.add_argument('-x=y')
run(p, []); 
p = argparse.ArgumentParser(prog='metav'); p.add_argument('--m', nargs='*', metavar=('A', 'B')); p.add_argument('--o', nargs='+', metavar=('X', 'Y')); p.add_argument('--e', nargs='*', metavar='E')
run(p, ['-h'])
print(argparse.ArgumentError(None, 'msg'), argparse.ArgumentError(p._actions[1], 'bad'))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)
p = argparse.ArgumentParser(prog='emp', description='x', add_help=False); run(p, []); print(repr(p.format_help())); print(repr(p.format_usage()))
p = argparse.ArgumentParser(prog='grp'); g = p.add_argument_group('G title'); g.add_argument('--gx', help='in group'); g2 = p.add_argument_group(description='no title'); g2.add_argument('--gy')
run(p, ['-h'])
