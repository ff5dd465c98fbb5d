# contextvars: ContextVar get/set/reset with Tokens and their errors, copy_context,
# Context.run isolation and re-entry error, the read-only mapping protocol, type names.
import contextvars
import re


def noaddr(s):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', s)


v = contextvars.ContextVar('v', default=1)
w = contextvars.ContextVar('w')
print(v.name, v.get(), noaddr(repr(v)), noaddr(repr(w)))
try:
    w.get()
except LookupError as e:
    print(type(e).__name__, noaddr(repr(e)), e.args[0] is w)
print(w.get(5), v.get(7))
t = v.set(2)
print(t.var is v, t.old_value, t.old_value is contextvars.Token.MISSING, contextvars.Token.MISSING)
print(noaddr(repr(t)))
print(v.get())
v.reset(t)
print(v.get(), noaddr(repr(t)))
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError:', noaddr(str(e)))
t2 = w.set(3)
print(t2.old_value)
try:
    v.reset(t2)
except ValueError as e:
    print('ValueError:', noaddr(str(e)))
ctx = contextvars.copy_context()
print(len(ctx), w in ctx, v in ctx, ctx[w], list(ctx.keys()) == [w], ctx.get(v, 'd'), ctx.get(v))


def f(x):
    w.set(x)
    return w.get()


print(ctx.run(f, 10), w.get(), ctx[w])
print(list(ctx.values()), list(ctx.items()) == [(w, 10)], list(iter(ctx)) == [w])
try:
    ctx[1]
except TypeError as e:
    print('TypeError:', e)
try:
    ctx[v]
except KeyError as e:
    print('KeyError', e.args[0] is v)
try:
    ctx.run(lambda: ctx.run(f, 1))
except RuntimeError as e:
    print('RuntimeError:', noaddr(str(e)))
c2 = contextvars.Context()
print(len(c2), c2.run(w.get, 'fallback'))
print(type(ctx), type(v), type(t), contextvars.ContextVar[int])
t3 = w.set(4)
try:
    ctx.run(w.reset, t3)
except ValueError as e:
    print('ValueError:', noaddr(str(e)))
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print('TypeError:', e)
try:
    class X(contextvars.ContextVar):
        pass
except TypeError as e:
    print('TypeError:', e)
print(ctx == ctx.copy(), ctx.copy() is ctx, ctx != contextvars.Context())
print(hash(v) == hash(v), {v: 1}[v])


def g():
    v.set('in g')
    inner = contextvars.copy_context()
    v.set('changed')
    return inner[v], v.get()


print(contextvars.copy_context().run(g), v.get())
