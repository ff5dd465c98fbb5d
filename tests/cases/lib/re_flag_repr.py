# re's flags: repr names members in definition order (ASCII, IGNORECASE, LOCALE,
# UNICODE, MULTILINE, DOTALL, VERBOSE, TEMPLATE, DEBUG) with unknown bits last in
# hex; ~ inverts within the members' bits or the value's own width.
import re
print(repr(re.I), repr(re.I | re.S | re.X), repr(re.I | re.S | re.X | (1 << 20)))
print(repr(~re.I))
print(repr(~(re.I | re.S | re.X)))
print(repr(~(re.I | re.S | re.X | (1 << 20))))
print(repr(re.M | re.A), (re.M | re.A).name, re.I.name, repr(re.NOFLAG))
print(re.compile('a', re.I | re.M))
