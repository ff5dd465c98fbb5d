"""mempy's `getopt` module: command-line option parsing in the style of the C
getopt() (short options `-a`, `-bvalue`, `-b value`, grouped `-ab`; long options
`--name`, `--name=value`, `--name value`, unique prefixes of long names). Written
for mempy from the documented behaviour of CPython 3.11's getopt module.

getopt() stops at the first argument that is not an option; gnu_getopt() lets
options and other arguments mix (unless the short option string starts with '+'
or POSIXLY_CORRECT is set). '--' ends the options in both. Errors raise
GetoptError (also named `error`) with the message and the option concerned."""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """(options, remaining arguments) of args: options until the first argument
    that is not one (or '--')."""
    opts = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and other arguments may come in any order."""
    opts = []
    rest = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    stop_first = shortopts.startswith('+') or bool(os.environ.get("POSIXLY_CORRECT"))
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
    args = list(args)
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg.startswith('--'):
            opts, args = do_longs(opts, arg[2:], longopts, args[1:])
        elif arg.startswith('-') and arg != '-':
            opts, args = do_shorts(opts, arg[1:], shortopts, args[1:])
        elif stop_first:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def do_longs(opts, opt, longopts, args):
    # One long option (`opt` without its '--', maybe `name=value`).
    name, eq, value = opt.partition('=')
    if not eq:
        value = None
    has_arg, name = long_has_args(name, longopts)
    if has_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return opts, args


def long_has_args(opt, longopts):
    # (whether the long option takes a value, its full name): an exact name wins,
    # otherwise opt must be the prefix of exactly one name.
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    match = matches[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def do_shorts(opts, optstring, shortopts, args):
    # A group of short options (`optstring` without its '-'); one taking a value
    # takes the rest of the group, or else the next argument.
    while optstring:
        opt, optstring = optstring[0], optstring[1:]
        if short_has_arg(opt, shortopts):
            if optstring == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring, args = args[0], args[1:]
            value, optstring = optstring, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return opts, args


def short_has_arg(opt, shortopts):
    # Whether the short option takes a value (is followed by ':' in shortopts).
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
