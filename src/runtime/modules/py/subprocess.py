"""mempy's `subprocess` (CPython's Lib/subprocess.py, POSIX side): real child
processes through the native `_subprocess` (Rust's std::process).

Popen with stdin/stdout/stderr as None (inherit), PIPE, DEVNULL, STDOUT (stderr
only), a file descriptor or an object with fileno(); communicate (input, timeout),
wait, poll, send_signal/terminate/kill, the context manager; text mode (text=,
universal_newlines=, encoding=, errors=) with universal newlines on output; run,
call, check_call, check_output, getoutput, getstatusoutput; CompletedProcess,
SubprocessError, CalledProcessError, TimeoutExpired. `shell=True` runs
`/bin/sh -c COMMAND` (further list items become the shell's $0, $1...), never
anything else. A pipe attribute (`p.stdout`...) is a small file object over the
pipe: read, read1, readline(s), iteration, write, flush, close.

Left out: preexec_fn, pass_fds, user/group/umask, process_group, bufsize
(pipes are unbuffered on our side), close_fds=False (every descriptor of ours is
closed in the child), restore_signals, pipesize, TimeoutExpired's partial output,
and Windows. Written for mempy; names, messages and reprs are CPython 3.11's.
"""

import os as _os
import sys as _sys
import time as _time
import _subprocess

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput',
           'getoutput', 'check_output', 'run', 'CalledProcessError', 'DEVNULL',
           'SubprocessError', 'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3
_INHERIT = -4

_SIGNAL_NAMES = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP',
    6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1',
    11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
    16: 'SIGSTKFLT', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP',
    21: 'SIGTTIN', 22: 'SIGTTOU', 23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ',
    26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO', 30: 'SIGPWR',
    31: 'SIGSYS',
}


class SubprocessError(Exception):
    pass


def _output_of(self):
    return self.output


def _set_output_of(self, value):
    self.output = value


# CalledProcessError and TimeoutExpired keep the captured output as `output`;
# `stdout` is another name for it.
_stdout_alias = property(_output_of, _set_output_of)


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call(), check_output() or run(check=True)
    ends with a non-zero status."""

    stdout = _stdout_alias

    def __init__(self, returncode, cmd,
                 output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    def __str__(self):
        # A negative status is the number of the signal that ended the child.
        signum = -self.returncode if self.returncode else 0
        if signum <= 0:
            text = "Command '%s' returned non-zero exit status %d."
            return text % (self.cmd, self.returncode)
        name = _SIGNAL_NAMES.get(signum)
        if name is not None:
            text = "Command '%s' died with <Signals.%s: %d>."
            return text % (self.cmd, name, signum)
        text = "Command '%s' died with unknown signal %d."
        return text % (self.cmd, signum)


class TimeoutExpired(SubprocessError):
    """Raised when waiting for a child process outlasts its timeout."""

    stdout = _stdout_alias

    def __init__(self, cmd, timeout,
                 output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout and stderr."""

    def __init__(self, args, returncode,
                 stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        fields = [('args', self.args), ('returncode', self.returncode),
                  ('stdout', self.stdout), ('stderr', self.stderr)]
        # The captured streams are shown only when something was captured.
        shown = ', '.join('%s=%r' % (field, value) for field, value in fields
                          if field in ('args', 'returncode') or value is not None)
        return '%s(%s)' % (type(self).__name__, shown)

    def check_returncode(self):
        if not self.returncode:
            return
        raise CalledProcessError(self.returncode, self.args,
                                 self.stdout, self.stderr)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _translate_newlines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


class _Pipe:
    """Our end of one of the child's standard streams: binary, or text when the
    Popen is in text mode (decoded with its encoding, universal newlines on read)."""

    def __init__(self, popen, which, mode, encoding, errors):
        self._popen = popen
        self._which = which
        self._text = 'b' not in mode
        self.mode = mode
        self._encoding = encoding
        self._errors = errors
        self._buf = b''
        self._eof = False
        self.closed = False

    def _check(self):
        if not self.closed:
            return
        raise ValueError('I/O operation on closed file.')

    def _handle(self):
        return self._popen._handle

    def _fill(self):
        # One more chunk from the pipe into the buffer; False at the end.
        if self._eof:
            return False
        chunk = _subprocess.read(self._handle(), self._which, 65536)
        if not chunk:
            self._eof = True
            return False
        self._buf += chunk
        return True

    def _out(self, data):
        if not self._text:
            return data
        return _translate_newlines(data.decode(self._encoding, self._errors))

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b''
            return self._out(data)
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def read1(self, size=-1):
        self._check()
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def readline(self, size=-1):
        self._check()
        while True:
            nl = self._buf.find(b'\n')
            if self._text and nl < 0:
                cr = self._buf.find(b'\r')
                # A lone \r ends a line too; wait for the next byte to tell \r\n.
                if cr >= 0 and (cr + 1 < len(self._buf) or self._eof):
                    nl = cr + 1 if self._buf[cr + 1:cr + 2] == b'\n' else cr
            if nl >= 0:
                end = nl + 1
                break
            if size is not None and 0 <= size <= len(self._buf):
                end = size
                break
            if not self._fill():
                end = len(self._buf)
                break
        if size is not None and 0 <= size < end:
            end = size
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._out(data)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        if self._text:
            if not isinstance(data, str):
                raise TypeError(f'write() argument must be str, not {type(data).__name__}')
            raw = data.encode(self._encoding, self._errors)
        else:
            raw = bytes(memoryview(data))
        _subprocess.write(self._handle(), raw)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()

    def readable(self):
        return self._which != 0

    def writable(self):
        return self._which == 0

    def close(self):
        if not self.closed:
            self.closed = True
            if self._popen._handle is not None:
                _subprocess.close(self._handle(), self._which)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _fsencode(x):
    if isinstance(x, bytes):
        return x
    return _os.fsencode(x)


def _stream_arg(v, name):
    if v is None:
        return _INHERIT
    if isinstance(v, int):
        if v == STDOUT and name != 'stderr':
            raise ValueError('STDOUT can only be used for stderr')
        if v < -3:
            raise ValueError(f'invalid {name} argument')
        return v
    if hasattr(v, 'fileno'):
        return v.fileno()
    raise TypeError(f'bad value for {name}: {v!r}')


# The handles of children whose Popen went away while they still ran (CPython's
# `_active`): kept so that `_cleanup()`, run whenever a Popen is made, reaps them
# once they have finished instead of leaving them zombies.
_active = []


def _cleanup():
    for handle in _active[:]:
        if _subprocess.poll(handle) is not None:
            _subprocess.release(handle)
            _active.remove(handle)


class Popen:
    """A child process. See the module docstring for what is supported."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False,
                 cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None,
                 extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        _cleanup()
        self._handle = None
        self.args = args
        self.returncode = None
        self.pid = None
        # Pipe objects, for the streams given as PIPE.
        self.stdin = None
        self.stdout = None
        self.stderr = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError('bufsize must be an integer')
        if startupinfo is not None:
            raise ValueError('startupinfo is only supported on Windows platforms')
        if creationflags != 0:
            raise ValueError('creationflags is only supported on Windows platforms')
        if preexec_fn is not None or pass_fds or user is not None or \
                group is not None or extra_groups is not None or umask != -1 or \
                process_group is not None:
            raise NotImplementedError(
                'mempy subprocess: preexec_fn, pass_fds, user, group, extra_groups, '
                'umask and process_group are not supported')
        if None not in (text, universal_newlines):
            if bool(text) is not bool(universal_newlines):
                raise SubprocessError(
                    'Cannot disambiguate when both text and universal_newlines '
                    'are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.universal_newlines = universal_newlines if universal_newlines is not None \
            else self.text_mode
        self.encoding = encoding
        self.errors = errors
        self._communicated = False

        if isinstance(args, (str, bytes)):
            argv = [args]
        elif isinstance(args, _os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable is None:
                executable = '/bin/sh'
        argv = tuple(_fsencode(a) for a in argv)
        if executable is not None:
            executable = _fsencode(executable)
        if cwd is not None:
            cwd = _fsencode(cwd)
        envlist = None
        if env is not None:
            envlist = []
            for k, v in env.items():
                k = _fsencode(k)
                if b'=' in k:
                    raise ValueError('illegal environment variable name')
                envlist.append(k)
                envlist.append(_fsencode(v))
            envlist = tuple(envlist)
        modes = (_stream_arg(stdin, 'stdin'), _stream_arg(stdout, 'stdout'),
                 _stream_arg(stderr, 'stderr'))
        handle, pid, p_in, p_out, p_err = _subprocess.spawn(
            argv, executable, cwd, envlist, modes[0], modes[1], modes[2],
            bool(start_new_session))
        self._handle = handle
        self.pid = pid
        enc = encoding or 'utf-8'
        errs = errors or 'strict'
        if p_in:
            self.stdin = _Pipe(self, 0, 'w' if self.text_mode else 'wb', enc, errs)
        if p_out:
            self.stdout = _Pipe(self, 1, 'r' if self.text_mode else 'rb', enc, errs)
        if p_err:
            self.stderr = _Pipe(self, 2, 'r' if self.text_mode else 'rb', enc, errs)

    def __repr__(self):
        return f'<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>'

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __enter__(self):
        return self

    def __exit__(self, exc_type,
                 value, traceback):
        for pipe in (self.stdout, self.stderr):
            if pipe:
                pipe.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            # An interrupted `with` does not wait for the child (^C should not hang).
            if exc_type is not KeyboardInterrupt:
                self.wait()

    def __del__(self):
        if self._handle is not None:
            if _active is not None and self.poll() is None:
                # Still running: reaped by a later _cleanup().
                _active.append(self._handle)
            else:
                _subprocess.release(self._handle)
            self._handle = None

    def poll(self):
        if self.returncode is None and self._handle is not None:
            self.returncode = _subprocess.poll(self._handle)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        status = _subprocess.wait(self._handle, timeout)
        if status is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = status
        return status

    def communicate(self, input=None,
                    timeout=None):
        if self._communicated and input:
            raise ValueError('Cannot send input after starting communication')
        if input is None:
            data = None
        elif self.text_mode:
            data = input.encode(self.encoding or 'utf-8', self.errors or 'strict')
        else:
            data = bytes(memoryview(input))
        if self.stdin is not None:
            # The native side writes the input and closes the pipe.
            self.stdin.closed = True
        # Bytes our pipe objects already took from the pipes come first; they go
        # back to the pipe objects if the wait times out.
        readers = (self.stdout, self.stderr)
        taken = []
        for pipe in readers:
            if pipe is None:
                taken.append(b'')
            else:
                taken.append(pipe._buf)
                pipe._buf = b''
                pipe.closed = True
        self._communicated = True
        result = _subprocess.communicate(self._handle, data, timeout)
        if result is None:
            for pipe, early in zip(readers, taken):
                if pipe is not None:
                    pipe._buf = early
            raise TimeoutExpired(self.args, timeout)
        streams = []
        for early, rest in zip(taken, result):
            if rest is not None:
                rest = early + rest
                if self.text_mode:
                    rest = _translate_newlines(rest.decode(
                        self.encoding or 'utf-8', self.errors or 'strict'))
            streams.append(rest)
        self.returncode = _subprocess.wait(self._handle, None)
        return streams[0], streams[1]

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        _subprocess.send_signal(self._handle, int(sig))

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def _text_requested(options):
    return any(options.get(name) for name in
               ('universal_newlines', 'text', 'encoding', 'errors'))


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False,
        **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if (kwargs.get('stdout'), kwargs.get('stderr')) != (None, None):
            raise ValueError(
                'stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE
    child = Popen(*popenargs, **kwargs)
    with child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # Killed and reaped before the timeout reaches the caller.
            child.kill()
            child.wait()
            raise
        except BaseException:
            child.kill()
            raise
        status = child.poll()
        if status and check:
            raise CalledProcessError(status, child.args,
                                     output=out, stderr=err)
    return CompletedProcess(child.args, status, out, err)


def call(*popenargs, timeout=None,
         **kwargs):
    child = Popen(*popenargs, **kwargs)
    with child:
        try:
            return child.wait(timeout=timeout)
        except BaseException:
            child.kill()
            raise


def check_call(*popenargs,
               **kwargs):
    status = call(*popenargs, **kwargs)
    if not status:
        return 0
    # The command as given: the `args` keyword, else the first positional argument.
    command = kwargs.get('args')
    raise CalledProcessError(status, popenargs[0] if command is None else command)


def check_output(*popenargs, timeout=None,
                 **kwargs):
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError(
                f'{name} argument not allowed, it will be overridden.')
    # input=None means "no input", but the child's stdin is still a pipe (closed
    # empty) rather than ours.
    if kwargs.get('input', 0) is None:
        kwargs['input'] = '' if _text_requested(kwargs) else b''
    done = run(*popenargs, stdout=PIPE, check=True, timeout=timeout, **kwargs)
    return done.stdout


def getstatusoutput(cmd, *,
                    encoding=None, errors=None):
    status = 0
    try:
        text = check_output(cmd, shell=True, stderr=STDOUT, text=True,
                            encoding=encoding, errors=errors)
    except CalledProcessError as failure:
        text, status = failure.output, failure.returncode
    if text.endswith('\n'):
        text = text[:-1]
    return status, text


def getoutput(cmd, *,
              encoding=None, errors=None):
    status, text = getstatusoutput(cmd, encoding=encoding, errors=errors)
    return text
