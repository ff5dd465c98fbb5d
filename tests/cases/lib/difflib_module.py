# difflib: SequenceMatcher opcodes and ratios, ndiff with '?' hint lines, unified and
# context diffs, get_close_matches, junk handling.
import difflib

a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the very lazy dog".split()
sm = difflib.SequenceMatcher(None, a, b)
print(sm.get_opcodes())
print(sm.get_matching_blocks())
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
print(sm.find_longest_match(0, len(a), 0, len(b)))
s2 = difflib.SequenceMatcher(lambda c: c == ' ', "private Thread currentThread;",
                             "private volatile Thread currentThread;")
print(round(s2.ratio(), 3), s2.get_opcodes())

old = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n']
new = ['one\n', 'too\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven!\n', 'eight\n']
print(''.join(difflib.ndiff(old, new)), end='')
print(''.join(difflib.unified_diff(old, new, fromfile='a.txt', tofile='b.txt')), end='')
print(''.join(difflib.unified_diff(old, new, n=1)), end='')
print(''.join(difflib.context_diff(old, new, fromfile='a', tofile='b')), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff(['same'], ['same'])))
delta = list(difflib.ndiff(['a\n', 'b\n'], ['a\n', 'c\n']))
print(delta, ''.join(difflib.restore(delta, 2)))
print(list(difflib.ndiff(['    indented tab\n'], ['\tindented  tab\n'])))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'hello'], n=2, cutoff=0.5))
try:
    difflib.get_close_matches('x', ['y'], n=0)
except ValueError as e:
    print('ValueError:', e)
big_a = list(range(300))
big_b = [0 if v % 7 == 0 else v for v in big_a]
print(len(difflib.SequenceMatcher(None, big_a, big_b).get_opcodes()))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_LINE_JUNK(' # \n'), difflib.IS_LINE_JUNK('x'))
