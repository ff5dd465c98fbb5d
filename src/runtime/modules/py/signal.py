# `signal`: the native `_signal` module's functions and numbers, with the numbers
# as members of the IntEnums Signals, Handlers (SIG_DFL, SIG_IGN) and Sigmasks, and
# signal()/getsignal()/valid_signals() answering with those members (as CPython's
# Lib/signal.py, written from its documented behaviour).
import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _members(select):
    # (name, value) of the module's numbers `select` keeps, by value then name:
    # the first name of a value is its member, later ones aliases (SIGIOT of
    # SIGABRT, SIGPOLL of SIGIO).
    found = [(n, v) for n, v in _signal.__dict__.items()
             if type(v) is int and select(n)]
    found.sort(key=lambda item: (item[1], item[0]))
    return found


Signals = _IntEnum('Signals', _members(
    lambda n: n.isupper() and n.startswith('SIG') and not n.startswith('SIG_')
    and n not in ('SIGRTMIN', 'SIGRTMAX')), module=__name__)
Handlers = _IntEnum('Handlers', _members(lambda n: n in ('SIG_DFL', 'SIG_IGN')),
                    module=__name__)
Sigmasks = _IntEnum('Sigmasks', _members(
    lambda n: n in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK')), module=__name__)
for _enum in (Signals, Handlers, Sigmasks):
    globals().update(_enum.__members__)
del _enum


def _int_to_enum(value, enum_klass):
    # A number of the enum becomes its member; anything else is returned as is.
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    # A member (or any int) as a plain int; a handler function is left alone.
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Set the action for the given signal; return the previous one."""
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    """Return the current action for the given signal."""
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}
