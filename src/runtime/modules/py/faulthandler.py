# `faulthandler` (stands in for CPython's C module of that name): dump_traceback(),
# which writes the Python stack of every thread (or of the current one) to a file
# in faulthandler's terse format, and enable()/disable()/is_enabled(), which keep
# the setting CPython keeps. mempy installs no handlers for fatal signals: the
# interpreter's own crashes are Rust panics, reported by the runtime, so enable()
# records the file and the choice of threads and nothing more. Not provided:
# dump_traceback_later() and register(), which need a watchdog thread or a signal
# handler running outside the interpreter. Compiled from this source at first
# import.

import sys

__all__ = ['dump_traceback', 'enable', 'disable', 'is_enabled']

# faulthandler writes at most this many frames per thread, then "  ...".
_MAX_FRAMES = 100
# ... and cuts names and file names to this many characters.
_MAX_STRING = 500
# CPython's message for a negative descriptor, spelling included.
_BAD_FD = 'file is not a valid file descripter'

_enabled = False
_enabled_file = None
_enabled_all_threads = True


def _short(text):
    if len(text) > _MAX_STRING:
        return text[:_MAX_STRING] + '...'
    return text


def _stack_lines(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAMES:
            lines.append('  ...')
            break
        code = frame.f_code
        lines.append('  File "%s", line %s in %s'
                     % (_short(code.co_filename), frame.f_lineno,
                        _short(code.co_name)))
        frame = frame.f_back
        depth += 1
    return lines


def _target(file):
    """The stream to write to, checked as CPython checks it: a file object whose
    fileno() is a valid descriptor (its pending output is flushed first), or the
    descriptor of stdout or stderr given as an int."""
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError('sys.stderr is None')
    if isinstance(file, int):
        if file < 0:
            raise ValueError(_BAD_FD)
        streams = {1: sys.__stdout__, 2: sys.__stderr__}
        if file not in streams:
            raise OSError(9, 'Bad file descriptor')
        return streams[file]
    fd = file.fileno()
    if fd < 0:
        raise ValueError(_BAD_FD)
    try:
        file.flush()
    except Exception:
        # CPython goes on when the flush fails: the dump matters more.
        pass
    return file


def _write(stream, text):
    # faulthandler writes bytes straight to the descriptor, non-ASCII escaped.
    data = text.encode('ascii', 'backslashreplace')
    raw = getattr(stream, 'buffer', None)
    if raw is not None:
        raw.write(data)
        raw.flush()
    else:
        try:
            stream.write(data)
        except TypeError:
            stream.write(data.decode('ascii'))
        stream.flush()


def _current_ident():
    try:
        import threading
    except ImportError:
        return 0
    return threading.get_ident()


def dump_traceback(file=None, all_threads=True):
    """Write the traceback of the current thread, or of all threads, to file
    (sys.stderr by default), most recent call first."""
    stream = _target(file)
    caller = sys._getframe(1)
    if not all_threads:
        lines = ['Stack (most recent call first):'] + _stack_lines(caller)
        _write(stream, '\n'.join(lines) + '\n')
        return
    current = _current_ident()
    frames = sys._current_frames()
    frames[current] = caller
    blocks = []
    # The newest thread first, as CPython walks its list of thread states.
    for ident in reversed(list(frames)):
        head = 'Current thread' if ident == current else 'Thread'
        lines = ['%s 0x%016x (most recent call first):' % (head, ident)]
        lines += _stack_lines(frames[ident])
        blocks.append('\n'.join(lines) + '\n')
    _write(stream, '\n'.join(blocks))


def enable(file=None, all_threads=True):
    """Turn the fault handler on (see the module's header: mempy only records
    the setting)."""
    global _enabled, _enabled_file, _enabled_all_threads
    _target(file)
    _enabled = True
    _enabled_file = sys.stderr if file is None else file
    _enabled_all_threads = bool(all_threads)


def disable():
    """Turn the fault handler off; return whether it was on."""
    global _enabled, _enabled_file
    was = _enabled
    _enabled = False
    _enabled_file = None
    return was


def is_enabled():
    """Whether the fault handler is on."""
    return _enabled
