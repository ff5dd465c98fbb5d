# `match x` without its colon.
x = 1
match x
    case 1:
        pass
