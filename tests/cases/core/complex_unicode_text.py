# complex(str) reads Unicode whitespace and decimal digits as their ASCII
# counterparts (as int() and float() do); only ASCII whitespace is stripped.
print(complex("\N{EM SPACE}(\N{EN SPACE}1+1j ) "))
print(complex("\u0661\u0662j"), complex(" 1+2j\u2003"), complex("\u00a03.5\u00a0"))
for s in ["\x1c1j", "1j\x1f", "\u00e9", "1+\u00e9j", "(1+2j", "1__2j"]:
    try:
        print(complex(s))
    except ValueError as e:
        print("ValueError:", e)
