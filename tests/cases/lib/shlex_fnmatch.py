# shlex (split in posix/non-posix modes, comments, the lexer class, quote, join) and fnmatch
# (filter, fnmatch, fnmatchcase, translate).
import shlex
for s in ['ls -l "my file.txt"', "echo 'single quoted' and\\ escaped", 'a "b \\"c\\" d" e',
          "it\\'s \"\"", 'cmd # comment here', '  spaced   out  ', '', 'x=1 y="two words"',
          "mixed'quo'tes\"here\"", 'tab\there\nnewline', 'back\\\\slash "in \\\\ quotes"',
          "'keeps \\ backslash'", 'a;b|c&&d']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ['"unclosed', "'also", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
print(list(shlex.shlex('a && b; c|d > out.txt', punctuation_chars=True)))
lex = shlex.shlex('key = "value" # note\nnext_line 42', posix=True)
print([tok for tok in lex], lex.lineno)
lex = shlex.shlex('one two three')
print(lex.get_token(), end=' ')
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('a,b;c', posix=False)
print(list(lex), lex.error_leader('f.txt', 3))
for s in ['', 'simple', 'has space', "it's", 'a&b', '/path/to-file.txt', '$HOME', 'ünï']:
    print(repr(s), shlex.quote(s))
cmd = ['rm', '-rf', 'my dir', "it's"]
print(shlex.join(cmd), shlex.split(shlex.join(cmd)) == cmd)

import fnmatch
names = ['main.py', 'test_main.py', 'README.md', 'data.csv', 'Makefile', '.hidden', 'a1.py', 'ab.py']
for pat in ['*.py', 'test_*', '?1.py', '[a-m]*', '[!a-m]*', '*.[ch]', '*', '.*', 'a[!0-9].py', '*M*']:
    print(pat, fnmatch.filter(names, pat), fnmatch.translate(pat))
print(fnmatch.fnmatch('FILE.TXT', '*.txt'), fnmatch.fnmatchcase('FILE.TXT', '*.TXT'))
print(fnmatch.fnmatch('a[b', 'a[b'), fnmatch.fnmatch('x]', '[]]]'), fnmatch.fnmatch('-', '[a-]'))
print(fnmatch.fnmatch('line\nbreak', 'line*'), fnmatch.fnmatch('abc', 'a*b*c'), fnmatch.fnmatch('ac', 'a*b*c'))
for pat in ['[z-a]', '[!]', '[a\\-z]', 'x**y', '[^x]', '&|~']:
    print(repr(pat), repr(fnmatch.translate(pat)), fnmatch.fnmatch('-', pat), fnmatch.fnmatch('^', pat))
