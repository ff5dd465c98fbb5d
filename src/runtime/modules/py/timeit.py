# mempy's `timeit` module: timing small pieces of code, written for mempy from the
# documented behaviour of CPython 3.11's timeit module. Compiled from this source at
# first import.
#
# Provides: Timer(stmt='pass', setup='pass', timer=default_timer, globals=None) with
# timeit(number), repeat(repeat, number), autorange(callback); the functions
# timeit(stmt, setup, timer, number, globals) and repeat(..., repeat, number,
# globals); default_timer (time.perf_counter), default_number, default_repeat.
# stmt and setup may be strings (compiled once into a timing function with exec, as
# CPython does; a statement that does not compile raises its SyntaxError when the
# Timer is made) or callables. The garbage collector is disabled while timing, as in
# CPython. With globals=None the code runs in this module's namespace (CPython uses
# its timeit module's globals); pass globals=globals() to see your own names.
#
# Left out / different from CPython:
# * Timer.print_exc() prints only the exception line, not the traceback (mempy has no
#   traceback module yet).
# * The command-line interface (python -m timeit, main()).
# * Tracebacks from inside a string stmt name the file "<timeit-src>" but show no
#   source line.

import gc
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5

_SRC_NAME = '<timeit-src>'


def _indent(code, spaces):
    pad = '\n' + ' ' * spaces
    return code.replace('\n', pad)


class Timer:
    """Times a statement: Timer(stmt, setup).timeit(number) runs setup once, then
    stmt number times, and returns the seconds that took (a float)."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _module_globals if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # The setup must make sense on its own, at top level.
            compile(setup, _SRC_NAME, 'exec')
            stmtprefix = setup + '\n'
            setup = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            # The statement must make sense on its own (after the setup), at top level.
            compile(stmtprefix + stmt, _SRC_NAME, 'exec')
            stmt = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = ('def inner(_it, _timer%s):\n'
               '    %s\n'
               '    _t0 = _timer()\n'
               '    for _i in _it:\n'
               '        %s\n'
               '        pass\n'
               '    _t1 = _timer()\n'
               '    return _t1 - _t0\n') % (init, setup, stmt)
        self.src = src
        code = compile(src, _SRC_NAME, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Print the exception being handled (call it in an except clause around
        timeit() or repeat())."""
        exc = sys.exc_info()[1]
        if exc is None:
            return
        out = sys.stderr if file is None else file
        text = str(exc)
        name = type(exc).__name__
        out.write('%s: %s\n' % (name, text) if text else name + '\n')

    def timeit(self, number=default_number):
        """Run the setup once and the statement number times; return the seconds."""
        it = range(number)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number), repeat times; return the list of timings (take the min)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a number of loops (1, 2, 5, 10, 20, 50, ...) taking at least 0.2 s;
        return (number, seconds). callback(number, seconds) is called after each
        try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_module_globals = globals()
