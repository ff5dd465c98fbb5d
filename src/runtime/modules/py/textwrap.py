# mempy's `textwrap` module: wrapping and filling paragraphs, shorten, dedent, indent
# (written from the documented behaviour of CPython's textwrap). Compiled from this
# source at first import.
#
# mempy has no `re`, so the word splitting that CPython does with regular
# expressions is done by a hand-written scanner (same chunks: whitespace runs, words,
# words split after a hyphen between letters, em-dashes `--` between words).
# Left out: the `wordsep_re`, `wordsep_simple_re` and `sentence_end_re` class
# attributes (no regular expressions to hold), so subclasses cannot customize
# splitting through them; `\w` is approximated with str.isalnum() or '_', and `\d`
# with str.isdecimal().

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

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
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- private methods -----------------------------------------------

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
        """Make each sentence end (lowercase letter, '.', '!' or '?', optional quote)
        that is followed by a single space be followed by two."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) the too-long chunk at the end of reversed_chunks on the
        current line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after the last hyphen that fits (not one that only
                # has hyphens before it).
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of chunks into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Work from the end of a reversed list: popping is cheap.
        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line (other than the first) is dropped.
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]

            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])

            # Whitespace at the end of a line is dropped.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            last_allowed = (self.max_lines is None
                            or len(lines) + 1 < self.max_lines
                            or ((not chunks
                                 or (self.drop_whitespace and len(chunks) == 1
                                     and not chunks[0].strip()))
                                and cur_len <= width))
            if last_allowed:
                lines.append(indent + ''.join(cur_line))
                continue
            # max_lines reached with text left over: end with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

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
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """`text` wrapped to the width, as one string with newlines."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse runs of whitespace in `text`, then cut it to fit on one line of
    `width`, ending with the placeholder when words had to go.
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


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
