# A command-line tool built on optparse: options of every action, groups,
# callbacks, the help text, and the errors a user mistyping options sees.
import sys
from optparse import OptionParser, OptionGroup, Option, OptionValueError, \
    TitledHelpFormatter, make_option, SUPPRESS_HELP, OptionConflictError, OptionError


def set_level(option, opt, value, parser, scale):
    if value < 0:
        raise OptionValueError("%s must not be negative" % opt)
    parser.values.level = value * scale


parser = OptionParser(usage="%prog [options] FILE...", version="%prog 2.1",
                      prog="tool", description="Process some files; this description is "
                      "long enough that the help formatter has to wrap it over several lines.",
                      epilog="Report bugs to nobody.")
parser.add_option("-v", "--verbose", action="count", dest="verbosity", default=0,
                  help="more output (repeatable)")
parser.add_option("-q", "--quiet", action="store_const", const=-1, dest="verbosity")
parser.add_option("-o", "--output", metavar="PATH", help="write to PATH [default: %default]",
                  default="out.txt")
parser.add_option("-n", "--count", type="int", default="3", help="how many times")
parser.add_option("--ratio", type="float")
parser.add_option("--mode", type="choice", choices=["fast", "slow"], default="fast",
                  help="one of fast, slow")
parser.add_option("-I", "--include", action="append", default=[], help="add a directory")
parser.add_option("--level", type="int", action="callback", callback=set_level,
                  callback_args=(10,), help="set the level")
parser.add_option("--secret", action="store_true", help=SUPPRESS_HELP)
group = OptionGroup(parser, "Dangerous Options", "Caution: use these at your own risk.")
group.add_option("-g", "--go", action="store_true", help="really do it")
group.add_option("--pair", nargs=2, type="int", help="two numbers")
parser.add_option_group(group)

opts, args = parser.parse_args(["-vv", "a.txt", "-o", "x", "--count=0x10", "-I", "d1",
                                "-Id2", "--mo", "slow", "--level", "4", "--pair", "1", "2",
                                "b.txt", "--", "-c"])
print(sorted(vars(opts).items()), args)
print(opts)
opts, args = parser.parse_args([])
print(opts.count, opts.mode, opts.output, opts.verbosity, opts.level, opts.include)
print(parser.format_help())
parser.formatter = TitledHelpFormatter(width=60)
parser.formatter.set_parser(parser)
print(parser.format_help())
print(parser.get_usage(), parser.get_version())
print(parser.has_option("--go"), parser.get_option("-g"), parser.get_option_group("--go").title)
parser.remove_option("--ratio")
print(parser.has_option("--ratio"))

sys.stderr = sys.stdout
for argv in (["--cout", "1"], ["-n", "x"], ["--mode", "medium"], ["--go=1"], ["--pair", "1"],
             ["--level", "-2"], ["-z"], ["--c"], ["--version"]):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

for bad in (lambda: Option("x"), lambda: Option("--a", action="jump"), lambda: Option("-a", type="date"),
            lambda: Option("-a", action="store_true", type="int"), lambda: Option("--x", typo=1),
            lambda: parser.add_option("-v"), lambda: Option("-c", action="callback", callback=3)):
    try:
        bad()
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)
p2 = OptionParser(conflict_handler="resolve", add_help_option=False)
p2.add_option("-a", "--all", action="store_true")
p2.add_option("-a", "--alpha", action="store_true")
print([str(o) for o in p2.option_list], str(p2.parse_args(["-a", "--alp"])[0]))
p2.disable_interspersed_args()
print(p2.parse_args(["x", "-a"])[1], repr(make_option("-x")).split(":")[-1])
