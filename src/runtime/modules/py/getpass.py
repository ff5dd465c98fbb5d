# `getpass` (stands in for CPython's `getpass`): getuser(), which reads the login
# name from the environment, and getpass(). mempy cannot switch terminal echo off,
# so getpass() always behaves as CPython's does without a controllable terminal:
# it issues a GetPassWarning, tells the stream that the input may be echoed, reads
# one line from sys.stdin and ends the prompt's line. Compiled from this source at
# first import.

import os
import sys

__all__ = ["getpass", "getuser", "GetPassWarning"]

# Checked in this order; the first one set to a non-empty value wins.
_LOGIN_VARIABLES = ('LOGNAME', 'USER', 'LNAME', 'USERNAME')


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name of the user, from the environment or the password database.

    The environment variables LOGNAME, USER, LNAME and USERNAME are tried in
    turn; without any of them, the password database (`pwd`) is consulted."""
    found = [os.environ.get(var) for var in _LOGIN_VARIABLES]
    for value in found:
        if value:
            return value
    import pwd
    return pwd.getpwuid(os.getuid())[0]


def _raw_input(prompt="", stream=None,
               input=None):
    # Show the prompt on `stream` (stderr by default), then take one line from
    # `input` (stdin by default) without its newline; end of input is EOFError.
    out = stream or sys.stderr
    text = str(prompt)
    if text:
        out.write(text)
        out.flush()
    reply = (input or sys.stdin).readline()
    if not reply:
        raise EOFError
    return reply[:-1] if reply.endswith('\n') else reply


# What getpass says when it cannot hide the typed password: a warning through the
# warnings machinery, and a line on the prompt's stream.
_NO_ECHO_CONTROL = "Can not control echo on the terminal."
_MAY_BE_ECHOED = "Warning: Password input may be echoed."


def _warn_and_read(prompt, stream, depth):
    import warnings
    warnings.warn(_NO_ECHO_CONTROL, GetPassWarning, stacklevel=depth + 1)
    print(_MAY_BE_ECHOED, file=stream)
    return _raw_input(prompt, stream)


def fallback_getpass(prompt='Password: ', stream=None):
    """Prompt for a password, with echo not turned off (warning that it may be
    seen)."""
    return _warn_and_read(prompt, stream or sys.stderr, 2)


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt for a password. Without a terminal whose echo can be switched off
    (always the case in mempy) this is fallback_getpass, followed, once a line
    was read, by the newline the user's Enter would have shown."""
    out = stream or sys.stderr
    reply = _warn_and_read(prompt, out, 2)
    out.write('\n')
    return reply


getpass = unix_getpass
