"""shlex: split and quote strings the way a POSIX shell does.

Provides: split(s, comments=False, posix=True), quote, join, and the shlex lexer
class (get_token, push_token, read_token, iteration, posix and non-posix modes,
whitespace_split, commenters, wordchars, whitespace, quotes, escape, escapedquotes,
punctuation_chars, lineno, eof, token, error_leader) reading a string or a file-like
object.

Omits: source inclusion (sourcehook, push_source, pop_source, `source`), the debug
output, reading sys.stdin when split() is given None.
"""

import sys

__all__ = ["shlex", "split", "quote", "join"]

_WORD = ('abcdfeghijklmnopqrstuvwxyz'
         'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_WORD_LATIN1 = ('\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef'
                '\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff'
                '\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf'
                '\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd8\xd9\xda\xdb\xdc\xdd\xde')


class _StrStream:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def read(self, n=-1):
        if n is None or n < 0:
            out = self.text[self.pos:]
            self.pos = len(self.text)
            return out
        out = self.text[self.pos:self.pos + n]
        self.pos += len(out)
        return out

    def readline(self):
        end = self.text.find('\n', self.pos)
        end = len(self.text) if end < 0 else end + 1
        out = self.text[self.pos:end]
        self.pos = end
        return out


class shlex:
    """A lexical analyser for shell-like syntax."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = _StrStream(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _WORD + (_WORD_LATIN1 if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pending = []
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def _next_char(self):
        if self._punctuation_chars and self._pending:
            return self._pending.pop()
        return self.instream.read(1)

    def _give_back(self, ch):
        if self._punctuation_chars:
            self._pending.append(ch)
        else:
            self.pushback.insert(0, ch)

    def read_token(self):
        quoted = False
        escaped_from = ' '
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            st = self.state
            if st is None:
                self.token = ''
                break
            if st == ' ':
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif self.posix and ch in self.escape:
                    escaped_from = 'a'
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = 'a'
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = 'c'
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = 'a'
                else:
                    self.token = ch
                    if self.token or (self.posix and quoted):
                        break
                continue
            if st in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == st:
                    if not self.posix:
                        self.token += ch
                        self.state = ' '
                        break
                    self.state = 'a'
                elif self.posix and ch in self.escape and st in self.escapedquotes:
                    escaped_from = st
                    self.state = ch
                else:
                    self.token += ch
                continue
            if st in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # Inside quotes, a backslash only escapes the quote or itself.
                if escaped_from in self.quotes and ch != st and ch != escaped_from:
                    self.token += st
                self.token += ch
                self.state = escaped_from
                continue
            if st == 'a' or st == 'c':
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if self.posix:
                        self.state = ' '
                        if self.token or (self.posix and quoted):
                            break
                        continue
                elif st == 'c':
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pending.append(ch)
                        self.state = ' '
                        break
                elif self.posix and ch in self.quotes:
                    self.state = ch
                elif self.posix and ch in self.escape:
                    escaped_from = 'a'
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in self._punctuation_chars)):
                    self.token += ch
                else:
                    self._give_back(ch)
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
                    continue
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        return result

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Splits s into words using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Joins the words into a command line, quoting each as needed."""
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-')


def quote(s):
    """Returns a shell-escaped version of the string s."""
    if not s:
        return "''"
    for c in s:
        if c not in _SAFE:
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s
