# Checks: textwrap: wrap/fill with the TextWrapper options (hyphen and em-dash splitting, long words, indents, max_lines/placeholder, sentence endings), shorten, dedent, indent.
import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known sentence -- used for "
        "type-setting tests -- contains every letter! Supercalifragilisticexpialidocious "
        "words and e-mail addresses like x-y-z@example.com get broken?  Really.\tTabs\ttoo.")
for width in (8, 15, 30, 50, 79):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 30, replace_whitespace=False), textwrap.wrap("a\tb\n c", 30, tabsize=4))
for n in (1, 2, 3):
    print(n, textwrap.wrap(text, 30, max_lines=n))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap("Hello there, how are you this fine day?  I'm glad to hear it!", 12, max_lines=4))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."), textwrap.shorten(text, 60))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("   "), textwrap.wrap("short"))
print(textwrap.wrap("a--b c---d e--", 3), textwrap.wrap("ab-cd-ef ab-c a-bc-de --flag foo--", 4))
print(textwrap.wrap("aaaa-bbbb-cccc-dddd", 7), textwrap.wrap("----------", 4), textwrap.wrap("x" * 25, 10))
print(textwrap.wrap("Mr. Smith went. To a place! Where? \"Yes.\" 'ok.' e.g. this", 200, fix_sentence_endings=True))
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder=" [........]")]:
    try:
        textwrap.wrap("some words here", **bad)
    except ValueError as e:
        print("ValueError", e)
w = textwrap.TextWrapper(width=20, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text)[:4], w.width, w.placeholder, w.max_lines)
w.width = 35
print(w.fill(text))
doc = '''
    def f():
        return 1

      indented more
	tab line
    '''
print(repr(textwrap.dedent(doc)))
for t in ["  a\n    b\n  c", "\ta\n\tb", "  a\n\tb", "   \n  x\n  \n    y", "x\n  y", "", "    only",
          "  a\r\n  b", "\t  a\n\t b", "  x\n \n  y  \n"]:
    print(repr(textwrap.dedent(t)), repr(textwrap.indent(t, "+ ")),
          repr(textwrap.indent(t, "# ", lambda line: True)))
print(textwrap.indent("a\n\nb\n", "  ", predicate=lambda line: "a" in line))
