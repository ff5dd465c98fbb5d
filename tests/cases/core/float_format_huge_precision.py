# Checks: float formatting with precisions past 65535 (and past the digits a double
# has) pads with zeros as CPython does, for f, e, g, % and %-formatting, including
# inf and nan; precision 2**31 is refused.
def show(r):
    print(len(r), r[:24], r[-14:])


for spec in ('.65535f', '.65536f', '.65536e', '.65536g', '#.70000g', '.70000%', '.1101f', '.801e'):
    for x in (1.5, 5e-324, 1.7976931348623157e308, -0.1, 0.0, float('inf'), float('nan')):
        show(format(x, spec))
show('%.70000f' % 2.5)
show('%.70000e' % -2.5)
show('{:.100000f}'.format(1 / 3))
try:
    format(1.5, '.2147483648f')
except ValueError as e:
    print(e)
