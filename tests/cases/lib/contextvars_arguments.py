# contextvars.Context and ContextVar check their arguments as CPython's C types do.
import contextvars

calls = [
    lambda: contextvars.Context(1),
    lambda: contextvars.Context(a=1),
    lambda: contextvars.Context(**{}),
    lambda: contextvars.ContextVar(),
    lambda: contextvars.ContextVar('a', 2),
    lambda: contextvars.ContextVar('a', 'b', 'c'),
    lambda: contextvars.ContextVar('a', default=1, foo=2),
    lambda: contextvars.ContextVar('a', foo=1),
    lambda: contextvars.ContextVar(name='a'),
    lambda: contextvars.ContextVar(1),
    lambda: contextvars.ContextVar('v', default=5).get(),
]
for call in calls:
    try:
        r = call()
        print(type(r).__name__, r if isinstance(r, int) else '')
    except TypeError as e:
        print('TypeError', e)
