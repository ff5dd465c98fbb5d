# `pdb` (stands in for CPython's `pdb`): a line-oriented debugger on top of
# `sys.settrace`, what `breakpoint()` starts by default (sys.breakpointhook).
# Compiled from this source at first import.
#
# Provided: Pdb (with its command loop reading `stdin`, prompt '(Pdb) '),
# set_trace, run, runeval, runcall, post_mortem, pm, and the commands step (s),
# next (n), return (r), continue (c, cont), where (w, bt), up (u), down (d),
# list (l), args (a), p, pp, quit (q, exit) and help (h); any other line runs as
# a statement in the current frame (`!` forces that).
# Left out: breakpoints by file and line (break, tbreak, clear, condition...),
# `commands`, `display`, `interact`, aliases and the .pdbrc file.
# Known gap: mempy's VM reports no 'line' event to a frame that was already
# running when tracing started, even with its `f_trace` set (see vm/tracing.rs), so
# `set_trace()`/`breakpoint()` first stops at the next call or return rather than
# at the caller's next line; run, runcall, runeval and post-mortem sessions are not
# affected.

import linecache
import pprint
import sys
import traceback

__all__ = ['run', 'pm', 'Pdb', 'runeval', 'runctx', 'runcall', 'set_trace',
           'post_mortem', 'help']


class Restart(Exception):
    """Raised to restart the debugged program (not used by this debugger's
    commands; kept for code that catches it)."""


class _Quit(Exception):
    # Unwinds the debugged code after `quit`.
    pass


_HELP = """Commands (abbreviations in brackets):
s(tep)          run the current line, stopping at the first possible occasion
n(ext)          run until the next line of the current function
r(eturn)        run until the current function returns
c(ont(inue))    run until the program ends (tracing stops)
w(here), bt     print the stack, the current frame marked '>'
u(p), d(own)    move to the older / newer frame
l(ist)          list source around the current line
a(rgs)          print the current function's arguments
p EXPR          print the value of EXPR; pp EXPR pretty-prints it
q(uit), exit    stop the program (raises an exception in it)
h(elp)          this text
!STMT or STMT   run a statement in the current frame
"""


class Pdb:
    prompt = '(Pdb) '

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.skip = set(skip) if skip else set()
        self._stop_in = None      # frame whose next line stops ('next')
        self._return_from = None  # frame whose return stops ('return')
        self._stepping = False
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.botframe = None

    def reset(self):
        """Forgets where the debugger stopped and how it was stepping."""
        self._stop_in = self._return_from = None
        self._stepping = False
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.botframe = None

    # -- output -------------------------------------------------------------
    def message(self, text):
        print(text, file=self.stdout)

    def error(self, text):
        print('***', text, file=self.stdout)

    # -- tracing --------------------------------------------------------------
    def set_trace(self, frame=None):
        if frame is None:
            frame = sys._getframe().f_back
        self.botframe = None
        f = frame
        while f is not None:
            f.f_trace = self.trace_dispatch
            self.botframe = f
            f = f.f_back
        self._stepping = True
        sys.settrace(self.trace_dispatch)

    def _skipped(self, frame):
        name = frame.f_globals.get('__name__', '')
        return name in self.skip

    def trace_dispatch(self, frame, event, arg):
        if self._skipped(frame):
            return self.trace_dispatch
        if event == 'line':
            if self._stepping or frame is self._stop_in:
                self._interact(frame, None)
        elif event == 'call':
            if self._stepping:
                self.message('--Call--')
                self._interact(frame, None)
        elif event == 'return':
            if self._stepping or frame is self._stop_in or frame is self._return_from:
                self.message('--Return--')
                self._interact(frame, None)
                if frame is self._stop_in or frame is self._return_from:
                    # Leaving the function: stop at the caller's next line.
                    self._stepping = True
                    self._stop_in = self._return_from = None
        elif event == 'exception':
            if self._stepping or frame is self._stop_in:
                exc_type, exc_value = arg[0], arg[1]
                self.message(''.join(
                    traceback.format_exception_only(exc_type, exc_value)).rstrip())
                self._interact(frame, None)
        return self.trace_dispatch

    # -- the command loop -------------------------------------------------------
    def _set_stack(self, frame, tb):
        stack = []
        f = frame
        while f is not None:
            stack.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack.reverse()
        while tb is not None:
            stack.append((tb.tb_frame, tb.tb_lineno))
            tb = tb.tb_next
        self.stack = stack
        self.curindex = len(stack) - 1
        self.curframe = stack[-1][0] if stack else frame

    def _entry(self, frame, lineno, marker='> '):
        code = frame.f_code
        where = '%s%s(%d)%s()' % (marker, code.co_filename, lineno, code.co_name)
        line = linecache.getline(code.co_filename, lineno, frame.f_globals).strip()
        return where + ('\n-> ' + line if line else '')

    def _interact(self, frame, tb):
        self._set_stack(frame, tb)
        self.message(self._entry(self.curframe, self.stack[self.curindex][1]))
        while True:
            self.stdout.write(self.prompt)
            self.stdout.flush()
            line = self.stdin.readline()
            if not line:
                self.message('')
                line = 'continue'
            line = line.strip()
            if self.onecmd(line):
                return

    def onecmd(self, line):
        """Runs one command; True when execution resumes."""
        if not line:
            return False
        if line.startswith('!'):
            self._run_statement(line[1:])
            return False
        cmd, _, rest = line.partition(' ')
        rest = rest.strip()
        frame = self.curframe
        if cmd in ('s', 'step'):
            self._stepping = True
            self._stop_in = self._return_from = None
            return True
        if cmd in ('n', 'next'):
            self._stepping = False
            self._stop_in = frame
            self._return_from = None
            return True
        if cmd in ('r', 'return'):
            self._stepping = False
            self._stop_in = None
            self._return_from = frame
            return True
        if cmd in ('c', 'cont', 'continue'):
            self._stepping = False
            self._stop_in = self._return_from = None
            sys.settrace(None)
            f = self.stack[-1][0] if self.stack else None
            while f is not None:
                f.f_trace = None
                f = f.f_back
            return True
        if cmd in ('q', 'quit', 'exit'):
            sys.settrace(None)
            raise _Quit()
        if cmd in ('w', 'where', 'bt'):
            for i, (f, lineno) in enumerate(self.stack):
                self.message(self._entry(f, lineno, '> ' if i == self.curindex else '  '))
            return False
        if cmd in ('u', 'up', 'd', 'down'):
            step = -1 if cmd in ('u', 'up') else 1
            new = self.curindex + step
            if not 0 <= new < len(self.stack):
                self.error('Oldest frame' if step < 0 else 'Newest frame')
                return False
            self.curindex = new
            self.curframe = self.stack[new][0]
            self.message(self._entry(self.curframe, self.stack[new][1]))
            return False
        if cmd in ('l', 'list'):
            lineno = self.stack[self.curindex][1]
            filename = frame.f_code.co_filename
            first = max(1, lineno - 5)
            for n in range(first, first + 11):
                text = linecache.getline(filename, n, frame.f_globals)
                if not text:
                    break
                mark = '->' if n == lineno else '  '
                self.message('%3d %s %s' % (n, mark, text.rstrip('\n')))
            return False
        if cmd in ('a', 'args'):
            code = frame.f_code
            count = code.co_argcount + code.co_kwonlyargcount
            count += bool(code.co_flags & 4) + bool(code.co_flags & 8)
            for name in code.co_varnames[:count]:
                if name in frame.f_locals:
                    self.message('%s = %r' % (name, frame.f_locals[name]))
                else:
                    self.message('%s = *** undefined ***' % name)
            return False
        if cmd in ('p', 'pp'):
            try:
                value = eval(rest, frame.f_globals, frame.f_locals)
            except Exception:
                self._report_error()
                return False
            self.message(pprint.pformat(value) if cmd == 'pp' else repr(value))
            return False
        if cmd in ('h', 'help'):
            self.message(_HELP.rstrip())
            return False
        self._run_statement(line)
        return False

    def _report_error(self):
        exc_type, exc_value = sys.exc_info()[:2]
        self.error(''.join(traceback.format_exception_only(exc_type, exc_value)).strip())

    def _run_statement(self, source):
        frame = self.curframe
        try:
            code = compile(source + '\n', '<stdin>', 'single')
            exec(code, frame.f_globals, frame.f_locals)
        except Exception:
            self._report_error()

    # -- running code under the debugger ---------------------------------------
    def runcall(self, func, /, *args, **kwds):
        self._stepping = True
        sys.settrace(self.trace_dispatch)
        try:
            return func(*args, **kwds)
        except _Quit:
            return None
        finally:
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self._stepping = True
        sys.settrace(self.trace_dispatch)
        try:
            return eval(expr, globals, locals)
        except _Quit:
            return None
        finally:
            sys.settrace(None)

    def run(self, cmd, globals=None, locals=None):
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        if isinstance(cmd, str):
            cmd = compile(cmd, '<string>', 'exec')
        self._stepping = True
        sys.settrace(self.trace_dispatch)
        try:
            exec(cmd, globals, locals)
        except _Quit:
            pass
        finally:
            sys.settrace(None)

    def interaction(self, frame, tb):
        """The command loop at `frame`, or at the innermost frame of `tb`."""
        self.botframe = None
        try:
            self._interact(frame, tb)
        except _Quit:
            pass


def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    pdb = Pdb()
    if header is not None:
        pdb.message(header)
    pdb.set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    if t is None:
        exc = sys.exception()
        t = exc.__traceback__ if exc is not None else None
    if t is None:
        raise ValueError("A valid traceback must be passed if no "
                         "exception is being handled")
    Pdb().interaction(None, t)


def pm():
    post_mortem(sys.last_traceback)


def help():
    print(_HELP.rstrip())
