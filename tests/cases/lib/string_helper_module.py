# `_string`, the helper module string.Formatter is built on: formatter_parser
# yields (literal, field, spec, conversion) tuples lazily (an error comes when
# the iteration reaches it), formatter_field_name_split gives the first part
# and an iterator over (is_attribute, key) steps; both want a str.
import _string
import string

print(list(_string.formatter_parser("prefix {2!s}xxx{0:^+10.3f}{obj.attr!s} {z[0]!s:10}")))
print(list(_string.formatter_parser("a}}b{{c{}")))
print(list(_string.formatter_parser("")))
it = _string.formatter_parser("ok {0} then {")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)
first, rest = _string.formatter_field_name_split("obj.arg[key1][2]")
print(first, list(rest))
first, rest = _string.formatter_field_name_split("0[x]")
print(repr(first), list(rest))
first, rest = _string.formatter_field_name_split("a]b")
print(first)
for bad in (1, None, b"x"):
    for f in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            f(bad)
        except TypeError as e:
            print("TypeError:", e)
print(sorted(n for n in dir(_string) if not n.startswith("_")), _string.__doc__)
print(string.Formatter().format("{0.real} {x[1]}", 3, x=[4, 5]))
print(list(string.Formatter().parse("{a!r:>4}")))
