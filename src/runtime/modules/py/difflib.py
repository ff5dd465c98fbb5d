"""mempy's difflib module: comparing sequences, mirroring CPython's `difflib`.

Owns SequenceMatcher (longest-matching-block alignment of two sequences of
hashables, with the isjunk filter and the autojunk "popular element" rule, and
the opcodes and similarity ratios derived from it), Differ/ndiff (line deltas
with "?" hint lines marking changed characters), unified_diff, context_diff,
diff_bytes, get_close_matches, restore and the IS_*_JUNK predicates. HtmlDiff
is not provided. Written for mempy from the documented behaviour.
"""

import collections as _collections

__all__ = [
    'SequenceMatcher', 'Match',
    'Differ', 'ndiff', 'restore',
    'IS_CHARACTER_JUNK', 'IS_LINE_JUNK',
    'unified_diff', 'context_diff', 'diff_bytes',
    'get_close_matches',
]

# A matching block: a[a:a+size] == b[b:b+size].
Match = _collections.namedtuple('Match', ['a', 'b', 'size'])


class SequenceMatcher:
    """Finds the longest contiguous matching blocks of two sequences of hashables,
    recursively on both sides of each block, and reports them as opcodes."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self._forget_results()

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self._forget_results()
        self.fullbcount = None
        self._index_b()

    def _forget_results(self):
        # Cached answers that a new sequence invalidates.
        self.matching_blocks = None
        self.opcodes = None

    def _index_b(self):
        b = self.b
        where = {}
        for pos, elt in enumerate(b):
            lst = where.get(elt)
            if lst is None:
                where[elt] = [pos]
            else:
                lst.append(pos)
        junk = set()
        if self.isjunk is not None:
            for elt in list(where):
                if self.isjunk(elt):
                    junk.add(elt)
                    del where[elt]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt in list(where):
                if len(where[elt]) > limit:
                    popular.add(elt)
                    del where[elt]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, b2j, bjunk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_n = alo, blo, 0
        run = {}
        empty = []
        for i in range(alo, ahi):
            new_run = {}
            for j in b2j.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run.get(j - 1, 0) + 1
                new_run[j] = k
                if k > best_n:
                    best_i, best_j, best_n = i - k + 1, j - k + 1, k
            run = new_run
        # Grow the block over equal non-junk neighbours, then over equal junk ones.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in bjunk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_n += 1
            while (best_i + best_n < ahi and best_j + best_n < bhi
                   and (b[best_j + best_n] in bjunk) == want_junk
                   and a[best_i + best_n] == b[best_j + best_n]):
                best_n += 1
        return Match(best_i, best_j, best_n)

    def get_matching_blocks(self):
        """Matches covering every common run, in order, ending with (len(a), len(b), 0)."""
        cached = self.matching_blocks
        if cached is not None:
            return cached
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = cn = 0
        for i, j, k in found:
            if ci + cn == i and cj + cn == j:
                cn += k
            else:
                if cn:
                    merged.append(Match(ci, cj, cn))
                ci, cj, cn = i, j, k
        if cn:
            merged.append(Match(ci, cj, cn))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        # Between consecutive matches lies a gap on one side, the other or both.
        ops = []
        a_at = b_at = 0
        for block in self.get_matching_blocks():
            a_gap, b_gap = a_at < block.a, b_at < block.b
            if a_gap or b_gap:
                kind = 'replace' if a_gap and b_gap else ('delete' if a_gap else 'insert')
                ops.append((kind, a_at, block.a, b_at, block.b))
            a_at, b_at = block.a + block.size, block.b + block.size
            if block.size:
                ops.append(('equal', block.a, a_at, block.b, b_at))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        codes = list(codes)
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        nn = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > nn:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """2*M/T: M matched elements, T elements in both sequences together."""
        matched = sum(block.size for block in self.get_matching_blocks())
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = {}
        matches = 0
        for elt in self.a:
            if elt in left:
                n = left[elt]
            else:
                n = self.fullbcount.get(elt, 0)
            left[elt] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def _ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) possibilities scoring at least cutoff against word,
    best first."""
    if n <= 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if cutoff < 0.0 or cutoff > 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)      # b is indexed once; each candidate is a
    good = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # The cheap upper bounds rule most candidates out first.
        if matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff:
            continue
        score = matcher.ratio()
        if score >= cutoff:
            good.append((score, candidate))
    good.sort(reverse=True)
    return [candidate for _, candidate in good[:n]]


def _keep_ws(line, marks):
    out = []
    for c, m in zip(line, marks):
        out.append(c if m == ' ' and c.isspace() else m)
    return ''.join(out)


class Differ:
    """Line-by-line human-readable deltas: '- ' (only in a), '+ ' (only in b),
    '  ' (both) and '? ' lines pointing at the characters that differ between
    two similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines turning the sequence of lines a into b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, a1, a2, b1, b2 in matcher.get_opcodes():
            if tag == 'equal':
                yield from _prefixed(' ', a, a1, a2)
            elif tag == 'delete':
                yield from _prefixed('-', a, a1, a2)
            elif tag == 'insert':
                yield from _prefixed('+', b, b1, b2)
            else:
                yield from self._similar_lines(a, a1, a2, b, b1, b2)

    def _either(self, a, a1, a2, b, b1, b2):
        # A stretch with lines on one side or both.
        if a1 < a2 and b1 < b2:
            yield from self._similar_lines(a, a1, a2, b, b1, b2)
        elif a1 < a2:
            yield from _prefixed('-', a, a1, a2)
        elif b1 < b2:
            yield from _prefixed('+', b, b1, b2)

    def _similar_lines(self, a, a1, a2, b, b1, b2):
        # Replace a[a1:a2] by b[b1:b2]: find the most similar pair of lines
        # (ratio above 0.75), show it with hint lines, and handle what lies
        # before and after it the same way. Without such a pair, an identical
        # pair (skipped by the search) anchors instead; with neither, the
        # lines are simply removed and added.
        threshold = 0.74
        pair = None
        identical = None
        chars = SequenceMatcher(self.charjunk)
        for j in range(b1, b2):
            chars.set_seq2(b[j])
            for i in range(a1, a2):
                if a[i] == b[j]:
                    if identical is None:
                        identical = (i, j)
                    continue
                chars.set_seq1(a[i])
                if (chars.real_quick_ratio() > threshold
                        and chars.quick_ratio() > threshold
                        and chars.ratio() > threshold):
                    threshold = chars.ratio()
                    pair = (i, j)
        if threshold < 0.75:
            if identical is None:
                yield from _removed_then_added(a, a1, a2, b, b1, b2)
                return
            pair = identical
        else:
            identical = None
        i, j = pair
        yield from self._either(a, a1, i, b, b1, j)
        if identical is not None:
            yield '  ' + a[i]
        else:
            yield from _hinted(chars, a[i], b[j])
        yield from self._either(a, i + 1, a2, b, j + 1, b2)


def _prefixed(tag, lines, lo, hi):
    for k in range(lo, hi):
        yield '%s %s' % (tag, lines[k])


def _removed_then_added(a, a1, a2, b, b1, b2):
    # The shorter block first (removals when equally long).
    removed = _prefixed('-', a, a1, a2)
    added = _prefixed('+', b, b1, b2)
    if b2 - b1 < a2 - a1:
        yield from added
        yield from removed
    else:
        yield from removed
        yield from added


_HINT_MARKS = {'replace': ('^', '^'), 'delete': ('-', None),
               'insert': (None, '+'), 'equal': (' ', ' ')}


def _hinted(chars, old, new):
    # '- old', '? marks', '+ new', '? marks': ^ changed, - removed, + added;
    # whitespace under unchanged characters is kept so tabs still line up.
    chars.set_seqs(old, new)
    old_marks, new_marks = [], []
    for tag, i1, i2, j1, j2 in chars.get_opcodes():
        mark_old, mark_new = _HINT_MARKS[tag]
        if mark_old:
            old_marks.append(mark_old * (i2 - i1))
        if mark_new:
            new_marks.append(mark_new * (j2 - j1))
    for sign, line, marks in (('-', old, old_marks), ('+', new, new_marks)):
        yield '%s %s' % (sign, line)
        hint = _keep_ws(line, ''.join(marks)).rstrip()
        if hint:
            yield '? %s\n' % hint


def IS_LINE_JUNK(line, pat=None):
    """True for a blank line or one holding just '#' (or, given pat, a match)."""
    if pat is not None:
        return pat(line) is not None
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or tab."""
    return ch in ws


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from an ndiff/Differ delta."""
    keep = {1: '- ', 2: '+ '}.get(int(which))
    if keep is None:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which)
    for line in delta:
        if line[:2] in ('  ', keep):
            yield line[2:]


def _unified_span(lo, hi):
    # "start,count" (1-based), "start" alone for one line; an empty range
    # names the line before it.
    count = hi - lo
    if count == 1:
        return str(lo + 1)
    start = lo + 1 if count else lo
    return '%d,%d' % (start, count)


def _context_span(lo, hi):
    # "first,last" (1-based), one number for one line or an empty range.
    if hi - lo <= 1:
        return str(lo + 1 if hi > lo else lo)
    return '%d,%d' % (lo + 1, hi)


def _file_line(marker, name, date, lineterm):
    return '%s %s%s%s' % (marker, name, '\t' + str(date) if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='',
                 n=3, lineterm='\n'):
    """Delta in unified format: ---/+++ headers, @@ hunks of ' ', '-', '+' lines."""
    header_done = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_line('---', fromfile, fromfiledate, lineterm)
            yield _file_line('+++', tofile, tofiledate, lineterm)
        yield '@@ -%s +%s @@%s' % (_unified_span(hunk[0][1], hunk[-1][2]),
                                   _unified_span(hunk[0][3], hunk[-1][4]), lineterm)
        for tag, a1, a2, b1, b2 in hunk:
            if tag == 'equal':
                yield from (' ' + line for line in a[a1:a2])
                continue
            yield from ('-' + line for line in a[a1:a2])
            yield from ('+' + line for line in b[b1:b2])


_CONTEXT_SIGN = {'equal': '  ', 'delete': '- ', 'insert': '+ ', 'replace': '! '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='',
                 n=3, lineterm='\n'):
    """Delta in context format: each hunk shows the old lines, then the new."""
    header_done = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_line('***', fromfile, fromfiledate, lineterm)
            yield _file_line('---', tofile, tofiledate, lineterm)
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_span(hunk[0][1], hunk[-1][2]), lineterm)
        # Each side is listed only when it has changes of its own.
        if any(op[0] in ('replace', 'delete') for op in hunk):
            for tag, a1, a2, _, _ in hunk:
                if tag != 'insert':
                    yield from (_CONTEXT_SIGN[tag] + line for line in a[a1:a2])
        yield '--- %s ----%s' % (_context_span(hunk[0][3], hunk[-1][4]), lineterm)
        if any(op[0] in ('replace', 'insert') for op in hunk):
            for tag, _, _, b1, b2 in hunk:
                if tag != 'delete':
                    yield from (_CONTEXT_SIGN[tag] + line for line in b[b1:b2])


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run a str diff function (unified_diff, context_diff) on bytes: every
    argument is decoded byte-for-byte, and every output line encoded back."""
    def text(value):
        try:
            return value.decode('latin-1')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from err

    lines = dfunc([text(x) for x in a], [text(x) for x in b],
                  text(fromfile), text(tofile), text(fromfiledate),
                  text(tofiledate), n, text(lineterm))
    for line in lines:
        yield line.encode('latin-1')
