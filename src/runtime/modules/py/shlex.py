"""mempy's shlex module: shell-like tokenizing and quoting, mirroring CPython's
`shlex`.

Owns split(), join(), quote() and the shlex lexer class (get_token,
push_token, read_token, iteration, posix and compatibility modes,
whitespace_split, punctuation_chars and the character-class attributes). The
lexer reads one character at a time from a string or file-like object and
builds a token in one of four modes: between tokens, inside a word, inside a
run of punctuation, inside quotes. Source inclusion (sourcehook/push_source)
and debug output are not provided. Written for mempy from the documented
behaviour.
"""

import sys
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = ('abcdfeghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               '0123456789_')
# In POSIX mode the Latin-1 letters count as word characters too.
_LATIN1_LETTERS = ''.join(chr(code) for code in range(0xC0, 0x100)
                          if code not in (0xD7, 0xF7))

# Lexer modes inside read_token.
_BETWEEN, _WORD, _PUNCT, _QUOTE = range(4)


class shlex:
    """Tokenizer for shell-like text (see the module docstring)."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        self.instream = instream
        self.infile = infile
        self.posix = posix
        # What iteration stops at: '' in compatibility mode, None in POSIX mode.
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD
        if posix:
            # Order as CPython lists them (visible through .wordchars).
            self.wordchars += _LATIN1_LETTERS[0x1E:] + _LATIN1_LETTERS[:0x1E]
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '        # None once the input is exhausted
        self.pushback = []      # whole tokens handed back (push_token)
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read one too far while scanning punctuation.
            self._unread = []
            # Characters that commonly appear in file names join words, except
            # those chosen as punctuation.
            joined = self.wordchars + '~-./*?='
            self.wordchars = ''.join(ch for ch in joined if ch not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Make tok the next token get_token returns."""
        self.pushback.insert(0, tok)

    def get_token(self):
        """The next token: a pushed-back one if any, else one read from input."""
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def _read_char(self):
        if self._punctuation_chars and self._unread:
            ch = self._unread.pop()
        else:
            ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _after_escape(self, escape_char, inside_quote):
        # The text an escape sequence contributes. Within quotes only the
        # quote character and the escape character itself can be escaped;
        # before anything else the escape character stays literal.
        ch = self._read_char()
        if not ch:
            raise ValueError("No escaped character")
        if inside_quote and ch != escape_char and ch != inside_quote:
            return escape_char + ch
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Read and return one raw token from the input (ignoring pushback)."""
        mode = _BETWEEN if self.state is not None else None
        quote_char = None
        quoted = False          # a quote was seen: '' is then a real token
        posix = self.posix
        while True:
            ch = self._read_char()
            if mode is None:
                self.token = ''
                break
            if mode == _BETWEEN:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                elif posix and ch in self.escape:
                    self.token = self._after_escape(ch, None)
                    mode = _WORD
                elif ch in self.wordchars:
                    self.token, mode = ch, _WORD
                elif ch in self._punctuation_chars:
                    self.token, mode = ch, _PUNCT
                elif ch in self.quotes:
                    # Compatibility mode keeps the quotes in the token.
                    self.token = '' if posix else ch
                    quote_char, mode = ch, _QUOTE
                elif self.whitespace_split:
                    self.token, mode = ch, _WORD
                else:
                    # Any other character is a token by itself.
                    self.token = ch
                    break
                continue
            if mode == _QUOTE:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == quote_char:
                    if not posix:
                        self.token += ch
                        break
                    mode = _WORD
                elif posix and ch in self.escape and quote_char in self.escapedquotes:
                    self.token += self._after_escape(ch, quote_char)
                else:
                    self.token += ch
                continue
            # Inside a word or a run of punctuation.
            if not ch:
                self.state = None
                break
            ends_here = bool(self.token) or (posix and quoted)
            if ch in self.whitespace:
                if ends_here:
                    break
                mode = _BETWEEN
                continue
            if ch in self.commenters:
                self._skip_comment()
                if posix:
                    if ends_here:
                        break
                    mode = _BETWEEN
                continue
            if mode == _PUNCT:
                if ch in self._punctuation_chars:
                    self.token += ch
                    continue
                if ch not in self.whitespace:
                    self._unread.append(ch)
                break
            if posix and ch in self.quotes:
                quote_char, mode = ch, _QUOTE
            elif posix and ch in self.escape:
                self.token += self._after_escape(ch, None)
            elif (ch in self.wordchars or ch in self.quotes
                  or (self.whitespace_split and ch not in self._punctuation_chars)):
                self.token += ch
            else:
                # The character belongs to what comes next.
                if self._punctuation_chars:
                    self._unread.append(ch)
                else:
                    self.pushback.insert(0, ch)
                if ends_here:
                    break
                mode = _BETWEEN
        found, self.token = self.token, ''
        if posix and not quoted and not found:
            return None
        return found

    def error_leader(self, infile=None, lineno=None):
        """A '"file", line N: ' prefix for error messages."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """Split the string s into words the way a POSIX shell would."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """The inverse of split(): quote each word as needed and join with spaces."""
    return ' '.join(map(quote, split_command))


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyz'
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Quote s for a POSIX shell (unchanged when it needs no quoting)."""
    if not s:
        return "''"
    if all(ch in _SAFE for ch in s):
        return s
    # Single quotes protect everything; a single quote itself is closed,
    # double-quoted, and reopened.
    return "'%s'" % s.replace("'", "'\"'\"'")
