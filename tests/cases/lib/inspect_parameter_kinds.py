# inspect.Parameter takes a kind as its int value (0..4, True counting as 1) and
# rejects other values, negative ones included; Signature's str places '/' after
# each run of positional-only parameters and '*' before keyword-only ones.
import inspect
P = inspect.Parameter
for k in (0, 1, 2, 3, 4, True, -1, 5, 'x'):
    try:
        print(repr(k), P('x', k).kind)
    except ValueError as e:
        print(repr(k), e)
for ps in ([P('a', 0), P('b', 1), P('c', 0)], [P('k', 3), P('v', 2), P('z', 3)],
           [P('a', 0)], [P('a', 0), P('k', 3)]):
    print(inspect.Signature(ps, __validate_parameters__=False))
