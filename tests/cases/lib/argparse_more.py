# argparse: help-string expansion, $COLUMNS widths, usage=SUPPRESS, prefix_chars without '-', parser.version, subparser leftovers and defaults, string vs non-string defaults, argument_default=SUPPRESS, mutually exclusive group inside a titled group, nargs matching across positionals, '--' handling, glued short flags, FileType errors, custom and registered actions and types, narrow formatter, epilog with %(prog)s.
import sys, io, os, argparse
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
p = argparse.ArgumentParser(prog='w', description='A description that is long enough to need wrapping at the configured width of the terminal for sure.')
p.add_argument('--long-option-name-that-is-wide', metavar='SOME_VALUE', help='This help text is long enough that it will need to be wrapped onto several lines in the output. %(prog)s %(default)s %(metavar)s %(dest)s')
p.add_argument('--t', type=int, default=3, help='type %(type)s default %(default)s')
p.add_argument('pos', nargs='?', choices=['x', 'y'], help='pos %(choices)s')
p.add_argument('--req', required=True)
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--nodest', dest=argparse.SUPPRESS, action='store_true')
run(p, ['-h']); run(p, ['--req', 'r', 'x']); run(p, ['z', '--req', '1'])
os.environ['COLUMNS'] = '50'
run(p, ['-h'])
os.environ['COLUMNS'] = '200'
run(p, ['-h'])
del os.environ['COLUMNS']
p = argparse.ArgumentParser(prog='u', usage=argparse.SUPPRESS); p.add_argument('a'); run(p, ['-h']); run(p, [])
p = argparse.ArgumentParser(prog='pl', prefix_chars='+'); p.add_argument('+x', action='store_true'); run(p, ['+h']); run(p, ['+x', '-y'])
p = argparse.ArgumentParser(prog='v'); p.version = '9.9'; p.add_argument('-V', action='version'); run(p, ['-V'])
p = argparse.ArgumentParser(prog='top'); p.add_argument('--g'); sp = p.add_subparsers(dest='cmd'); s1 = sp.add_parser('go'); s1.add_argument('--speed', type=int, default=1); s1.set_defaults(func='gofunc')
print(p.parse_known_args(['go', '--speed', '3', '--extra', 'e1', '--g', 'G']))
run(p, ['go', '--speed', 'fast']); run(p, ['go', '-h'])
p = argparse.ArgumentParser(prog='defs'); p.add_argument('--n', type=int, default=7); p.add_argument('--s', type=int, default='8'); p.add_argument('--l', default=[1]); p.add_argument('--sup', default=argparse.SUPPRESS)
run(p, []); run(p, ['--sup', 'x'])
p = argparse.ArgumentParser(prog='opt', argument_default=argparse.SUPPRESS); p.add_argument('--a'); p.add_argument('b', nargs='?'); run(p, []); run(p, ['--a', '1', 'B'])
p = argparse.ArgumentParser(prog='grpmx'); g = p.add_argument_group('Group A', 'desc of A'); m = g.add_mutually_exclusive_group(); m.add_argument('--one', action='store_true'); m.add_argument('--two', action='store_true'); run(p, ['-h']); run(p, ['--one', '--two'])
p = argparse.ArgumentParser(prog='pos2'); p.add_argument('a', nargs=2); p.add_argument('b', nargs='+'); p.add_argument('c'); run(p, ['1', '2', '3']); run(p, ['1', '2', '3', '4', '5']); run(p, ['1'])
p = argparse.ArgumentParser(prog='mixed'); p.add_argument('x'); p.add_argument('--f', nargs='*'); p.add_argument('y'); run(p, ['X', '--f', 'a', 'b', 'Y']); run(p, ['X', '--f', '--', 'Y'])
p = argparse.ArgumentParser(prog='dd'); p.add_argument('--o'); p.add_argument('rest', nargs='*'); run(p, ['--', '--o', 'x']); run(p, ['a', '--', '-b', '--']); run(p, ['--o=--'])
p = argparse.ArgumentParser(prog='short'); p.add_argument('-a', action='store_true'); p.add_argument('-b'); p.add_argument('-c', action='count', default=0)
run(p, ['-abX']); run(p, ['-acc']); run(p, ['-ab', 'Y', '-ccc']); run(p, ['-a=1']); run(p, ['-bc'])
p = argparse.ArgumentParser(prog='pf')
buf = io.StringIO(); p.print_usage(buf); p.print_help(buf); print(repr(buf.getvalue()))
p = argparse.ArgumentParser(prog='ft'); p.add_argument('f', type=argparse.FileType('r')); run(p, ['/nonexistent/file'])
p = argparse.ArgumentParser(prog='fn'); p.add_argument('n', type=lambda s: int(s)); run(p, ['q'])
class MyAction(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, ('custom', values, option_string))
p = argparse.ArgumentParser(prog='ca'); p.add_argument('--m', action=MyAction, nargs=2); p.register('action', 'mine', MyAction); p.add_argument('--k', action='mine'); run(p, ['--m', '1', '2', '--k', 'z'])
p.register('type', 'hexint', lambda s: int(s, 16)); p.add_argument('--h2', type='hexint'); run(p, ['--h2', 'ff'])
print(repr(p._actions[-1]))
p = argparse.ArgumentParser(prog='meta', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=10, width=40)); p.add_argument('--abc', help='some help that wraps around'); run(p, ['-h'])
p = argparse.ArgumentParser(prog='sub2'); sp = p.add_subparsers(); a = sp.add_parser('a', help='A help', description='a desc'); a.add_argument('x'); run(p, ['-h']); run(p, ['a']); run(p, ['a', 'xv'])
print(type(p._subparsers).__name__, type(sp).__name__)
p = argparse.ArgumentParser(prog='e', epilog='%(prog)s epilog'); run(p, ['-h'])
p = argparse.ArgumentParser(prog='choices2'); p.add_argument('--c', choices=range(1, 4), type=int, metavar='N'); run(p, ['-h']); run(p, ['--c', '9'])
