# Found by tools/difftest: float divmod/floor division edge cases and the operand
# types named by bitwise operators on floats.
inf = float('inf')
for a, b in [(inf, 2.0), (-inf, 2.0), (1.0, inf), (-1.0, inf), (7.5, -2.0), (-0.0, 3.0),
             (0.0, -3.0), (5, 0.5), (True, 0.25)]:
    print(a, b, divmod(a, b), a // b)
for a, b in [(5.0, 0.0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(e)
for a, b in [(True, 1.5), (1.5, 3), (2, 0.5), (10**400, 1.5), (1.0, 2.0)]:
    for op in ['&', '|', '^', '<<', '>>']:
        try:
            eval('a %s b' % op)
        except TypeError as e:
            print(e)
