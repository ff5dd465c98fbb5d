# mempy's `textwrap` module: wrapping and filling paragraphs, shorten, dedent, indent,
# mirroring CPython's textwrap (written from its documented and observed behaviour).
# Compiled from this source at first import.
#
# mempy has no `re`, so the word splitting that CPython does with regular
# expressions is done by a hand-written scanner (same chunks: whitespace runs, words,
# words split after a hyphen between letters, em-dashes `--` between words).
# Left out: the `wordsep_re`, `wordsep_simple_re` and `sentence_end_re` class
# attributes (no regular expressions to hold), so subclasses cannot customize
# splitting through them; `\w` is approximated with str.isalnum() or '_', and `\d`
# with str.isdecimal().

__all__ = [
    'TextWrapper',
    'wrap', 'fill', 'dedent', 'indent', 'shorten',
]

# The characters textwrap treats as whitespace (only these; not all of str.isspace).
_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dashes_then_word(text, i):
    """True if text[i:] is two or more '-' followed by a word character."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _split_hyphenated(text):
    """Chunks of `text` for break_on_hyphens=True: whitespace runs, em-dashes between
    words, and words (a word may end just after a hyphen joining letters)."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if _is_ws(c):
            j = i + 1
            while j < n and _is_ws(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # A word: the shortest run of non-whitespace ending at a break point.
        e = i + 1
        while True:
            if e >= n or _is_ws(text[e]):
                break
            if text[e] == '-':
                # A hyphen preceded by two letters, or by letter-hyphen-letter, and
                # followed by letter [hyphen] letter: the word ends after it.
                before = (e >= 2 and _is_letter(text[e - 2]) and _is_letter(text[e - 1])) or \
                    (e >= 3 and _is_letter(text[e - 3]) and text[e - 2] == '-'
                     and _is_letter(text[e - 1]))
                if before and e + 1 < n and _is_letter(text[e + 1]):
                    if e + 2 < n and _is_letter(text[e + 2]):
                        e += 1
                        break
                    if e + 3 < n and text[e + 2] == '-' and _is_letter(text[e + 3]):
                        e += 1
                        break
                if _is_word_punct(text[e - 1]) and _dashes_then_word(text, e):
                    break
            e += 1
        chunks.append(text[i:e])
        i = e
    return chunks


def _split_simple(text):
    """Chunks of `text` for break_on_hyphens=False: whitespace runs and the rest."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then '.', '!' or '?', then an optional quote, at the end.
    k = len(chunk)
    if k and chunk[-1] in '"\'':
        k -= 1
    return k >= 2 and chunk[k - 1] in '.!?' and 'a' <= chunk[k - 2] <= 'z'


class TextWrapper:
    """Wraps and fills paragraphs; the settings are attributes named like the
    constructor's arguments:

    width: longest line wanted (70); initial_indent, subsequent_indent: put
    in front of the first / the other lines, counted in the width;
    expand_tabs, tabsize: expand tabs first (True, 8); replace_whitespace:
    turn each whitespace character into a space (True);
    fix_sentence_endings: two spaces after a sentence end (False);
    break_long_words: cut words longer than the width (True);
    break_on_hyphens: break after hyphens in compound words (True);
    drop_whitespace: drop whitespace at line starts and ends (True);
    max_lines: keep at most this many lines, ending with placeholder
    (' [...]').
    """

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        # Geometry.
        self.width = width
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.max_lines, self.placeholder = max_lines, placeholder
        # Whitespace treatment.
        self.expand_tabs, self.tabsize = expand_tabs, tabsize
        self.replace_whitespace, self.drop_whitespace = replace_whitespace, drop_whitespace
        # Where lines may break.
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens

    # The underscore methods below are the hooks subclasses customise, named
    # as in CPython so such subclasses keep working.

    def _munge_whitespace(self, text):
        """Expand tabs (if expand_tabs) and turn each whitespace character into a
        space (if replace_whitespace)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                if c in text:
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words and whitespace runs (and,
        with break_on_hyphens, the parts of hyphenated words)."""
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """Widen the single space after each sentence end to two."""
        k = 0
        while k + 1 < len(chunks):
            if chunks[k + 1] == ' ' and _ends_sentence(chunks[k]):
                chunks[k + 1] = '  '
                k += 2
            else:
                k += 1

    def _handle_long_word(self, pending, line, used, room):
        """The next chunk (pending[-1]) is wider than a whole line: put as much of
        it as fits on `line` (or all of it, on an empty line, when long words may
        not be broken)."""
        space = 1 if room < 1 else room - used
        if not self.break_long_words:
            if not line:
                line.append(pending.pop())
            return
        word = pending[-1]
        cut = space
        if self.break_on_hyphens and len(word) > space:
            # Rather break just after the last hyphen that fits, unless only
            # hyphens come before it.
            dash = word.rfind('-', 0, space)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        line.append(word[:cut])
        pending[-1] = word[cut:]

    def _check_geometry(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is None:
            return
        # The placeholder must fit on the line it could end up alone on.
        lead = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
        if len(lead) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _wrap_chunks(self, chunks):
        """Group chunks into lines no wider than self.width (indent included)."""
        self._check_geometry()
        pending = chunks[::-1]          # next chunk at the end: pop() is cheap
        drop = self.drop_whitespace
        out = []
        while pending:
            lead = self.subsequent_indent if out else self.initial_indent
            room = self.width - len(lead)
            if drop and out and not pending[-1].strip():
                pending.pop()           # no line but the first starts with blanks
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                piece = pending.pop()
                line.append(piece)
                used += len(piece)
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if drop and line and not line[-1].strip():
                used -= len(line.pop())  # nor ends with them
            if not line:
                continue
            if self._line_allowed(len(out), pending, used, room):
                out.append(lead + ''.join(line))
            else:
                self._end_with_placeholder(out, line, used, room, lead)
                break
        return out

    def _line_allowed(self, done, pending, used, room):
        # Under max_lines, the last permitted line may only be emitted as is
        # when it completes the text.
        if self.max_lines is None or done + 1 < self.max_lines:
            return True
        only_blank_left = (self.drop_whitespace and len(pending) == 1
                           and not pending[0].strip())
        return (not pending or only_blank_left) and used <= room

    def _end_with_placeholder(self, out, line, used, room, lead):
        # Text remains past the last allowed line: finish it with the
        # placeholder, giving up trailing chunks until it fits.
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                out.append(lead + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if out:
            before = out[-1].rstrip()
            if len(before) + len(mark) <= self.width:
                out[-1] = before + mark
                return
        out.append(lead + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface ----------------------------------------------

    def wrap(self, text):
        """The lines of `text` wrapped to the width, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """`text` wrapped to the width, as one string with newlines."""
        return "\n".join(self.wrap(text))


# -- convenience interface ---------------------------------------------

def wrap(text, width=70, **kwargs):
    """The lines of `text` wrapped to the width, without newlines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """`text` wrapped to the width, as one string with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse runs of whitespace in `text`, then cut it to fit on one line of
    `width`, ending with the placeholder when words had to go.
    """
    one_line = TextWrapper(width=width, max_lines=1, **kwargs)
    return one_line.fill(' '.join(text.split()))


# -- loosely related functionality -------------------------------------

def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove the leading spaces and tabs that all non-blank lines of `text` share.
    Lines holding only spaces and tabs become empty. A tab and spaces do not
    match each other.
    """
    lines = text.split('\n')
    margin = None
    for k in range(len(lines)):
        line = lines[k]
        ind = _leading_blanks(line)
        if len(ind) == len(line):
            # Blank (spaces/tabs only) or empty: normalized, not part of the margin.
            lines[k] = ''
            continue
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for i in range(min(len(margin), len(ind))):
                if margin[i] != ind[i]:
                    margin = margin[:i]
                    break
    if margin:
        m = len(margin)
        for k in range(len(lines)):
            if lines[k]:
                lines[k] = lines[k][m:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put `prefix` in front of the lines of `text` for which predicate(line) is
    true (by default: the lines that are not only whitespace).
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return ''.join(out)
