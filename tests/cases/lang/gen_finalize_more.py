import gc
def inner():
    try:
        yield 1
    finally:
        print('inner cleanup')
def outer():
    yield from inner()
g = outer(); next(g); del g
print('--')
def catcher():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('caught GE')
            return
g = catcher(); next(g); del g
def cyc():
    me = yield 1
    try:
        yield 2
    finally:
        print('cycle cleanup')
g = cyc(); next(g); g.send(g); del g
print('before collect')
gc.collect()
print('after collect')
def nested():
    try:
        try:
            yield 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')
def user():
    for x in nested():
        return x
print(user())
def ctx_gen():
    try:
        yield
    except BaseException as e:
        print('except', type(e).__name__)
        raise
g = ctx_gen(); next(g)
