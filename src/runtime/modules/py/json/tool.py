# mempy's `json.tool`: the command-line validator and pretty-printer run by
# `mempy -m json.tool [infile [outfile]]`. Written for mempy from the documented
# behaviour of CPython 3.11's json.tool (its options, messages and exit status).
r"""Command-line tool to validate and pretty-print JSON

Usage::

    $ echo '{"json":"obj"}' | python -m json.tool
    {
        "json": "obj"
    }
    $ echo '{ 1.2:3.4}' | python -m json.tool
    Expecting property name enclosed in double quotes: line 1 column 3 (char 2)

"""
import argparse
import json
import sys


# (flags, argparse settings, help text), in the order --help lists them.
_POSITIONALS = (
    ('infile', 'a JSON file to be validated or pretty-printed'),
    ('outfile', 'write the output of infile to outfile'),
)
_FLAGS = (
    ('--sort-keys', dict(action='store_true', default=False),
     'sort the output of dictionaries alphabetically by key'),
    ('--no-ensure-ascii', dict(dest='ensure_ascii', action='store_false'),
     'disable escaping of non-ASCII characters'),
    ('--json-lines', dict(action='store_true', default=False),
     'parse input using the JSON Lines format. Use with --no-indent or '
     '--compact to produce valid JSON Lines output.'),
)
# One of these at most: how the output is laid out.
_LAYOUT = (
    ('--indent', dict(default=4, type=int),
     'separate items with newlines and use this number of spaces for indentation'),
    ('--tab', dict(action='store_const', dest='indent', const='\t'),
     'separate items with newlines and use tabs for indentation'),
    ('--no-indent', dict(action='store_const', dest='indent', const=None),
     'separate items with spaces rather than newlines'),
    ('--compact', dict(action='store_true'),
     'suppress all whitespace separation (most compact)'),
)


def _parser():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module to '
                    'validate and pretty-print JSON objects.')
    for name, text in _POSITIONALS:
        parser.add_argument(name, nargs='?', default=None, help=text)
    for flag, settings, text in _FLAGS:
        parser.add_argument(flag, help=text, **settings)
    layout = parser.add_mutually_exclusive_group()
    for flag, settings, text in _LAYOUT:
        layout.add_argument(flag, help=text, **settings)
    return parser


def main():
    parser = _parser()
    opts = parser.parse_args()
    layout = {'sort_keys': opts.sort_keys, 'indent': opts.indent,
              'ensure_ascii': opts.ensure_ascii}
    if opts.compact:
        layout['indent'] = None
        layout['separators'] = (',', ':')

    source = sys.stdin
    if opts.infile not in (None, '-'):
        try:
            source = open(opts.infile, encoding='utf-8')
        except OSError as e:
            parser.error("argument infile: can't open '%s': %s" % (opts.infile, e))
    try:
        if opts.json_lines:
            values = (json.loads(line) for line in source)
        else:
            values = (json.load(source),)
        # The output (stdout too) is closed at the end, as CPython's tool does.
        sink = sys.stdout if opts.outfile is None else open(opts.outfile, 'w',
                                                             encoding='utf-8')
        with sink:
            for value in values:
                json.dump(value, sink, **layout)
                sink.write('\n')
    except ValueError as e:
        raise SystemExit(e)
    finally:
        if source is not sys.stdin:
            source.close()


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
