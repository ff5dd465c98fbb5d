"""mempy's `py_compile` (CPython's Lib/py_compile.py): compile a source file to check
it, with CPython's error reporting (PyCompileError, or the message on stderr).

mempy has no bytecode cache format (it compiles from source at every import), so
compile() writes no file: on success it returns None where CPython returns the path of
the .pyc it wrote. Everything before the write is CPython's: reading the file, the
SyntaxError / ValueError the compiler raises, the PyCompileError message, the `-`
and file arguments of main(). Written for mempy; messages are CPython 3.11's.
"""

import builtins
import enum
import os
import sys
import traceback

__all__ = ['compile', 'main', 'PyCompileError', 'PycInvalidationMode']


class PyCompileError(Exception):
    """A source file failed to compile; `msg` is what CPython prints for it."""

    def __init__(self, exc_type, exc_value,
                 file, msg=''):
        type_name = exc_type.__name__
        if msg:
            report = msg
        elif exc_type is SyntaxError:
            # The compiler's report, pointing at the file rather than "<string>".
            lines = traceback.format_exception_only(exc_type, exc_value)
            report = ''.join(lines).replace(
                'File "<string>"', 'File "{}"'.format(file))
        else:
            report = 'Sorry: {}: {}'.format(type_name, exc_value)
        super().__init__(report, type_name, exc_value, file)
        self.exc_type_name = type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = report

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    # Reproducible builds (SOURCE_DATE_EPOCH set) check hashes, not timestamps.
    reproducible = bool(os.environ.get('SOURCE_DATE_EPOCH'))
    mode = 'CHECKED_HASH' if reproducible else 'TIMESTAMP'
    return PycInvalidationMode[mode]


def compile(file, cfile=None, dfile=None, doraise=False,
            optimize=-1, invalidation_mode=None, quiet=0):
    """Compiles `file` to check it. Errors raise PyCompileError (doraise) or are
    printed to stderr (unless quiet is 2); the result is None (no file written)."""
    shown_name = dfile or file
    with open(file, 'rb') as handle:
        source = handle.read()
    try:
        builtins.compile(source, shown_name, 'exec', dont_inherit=True,
                         optimize=optimize)
    except Exception as problem:
        failure = PyCompileError(type(problem), problem, shown_name)
        if quiet >= 2:
            return None
        if doraise:
            raise failure
        sys.stderr.write(failure.msg + '\n')
    return None


def main():
    # `python -m py_compile FILE...` (or `-` to read the names from stdin): exit
    # status 1 at the first file that does not compile, after its message.
    import argparse
    parser = argparse.ArgumentParser(
        description='A simple command-line interface for py_compile module.')
    parser.add_argument('-q', '--quiet', action='store_true', help='Suppress error output')
    parser.add_argument('filenames', nargs='+', help='Files to compile')
    opts = parser.parse_args()
    names = opts.filenames
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin.readlines()]
    for name in names:
        try:
            compile(name, doraise=True)
        except (PyCompileError, OSError) as e:
            text = e.msg if isinstance(e, PyCompileError) else str(e)
            parser.exit(1, None if opts.quiet else text)


if __name__ == '__main__':
    main()
