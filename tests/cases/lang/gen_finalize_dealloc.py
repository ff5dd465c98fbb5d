def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', tag)

g = gen('del'); next(g); del g; print('after del')
g = gen('none'); next(g); g = None; print('after none')
for x in gen('break'):
    break
print('after break')
def f():
    g = gen('local'); next(g)
    return 5
print(f())
print(next(gen('temp')))
print('after temp')
g = gen('close'); next(g); g.close(); print('after close')
def gr():
    try:
        yield 1
    finally:
        return 7
g = gr(); next(g); print(g.close())
def bad():
    try:
        yield 1
    finally:
        yield 2
g = bad(); next(g)
try: g.close()
except RuntimeError as e: print('RE', e)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit', a[0]); return False
def w():
    with CM():
        yield 1
g = w(); next(g); del g
print(list(x for x in gen('genexp') if x > 5))
ge = (print('never') for _ in range(3))
del ge
g = gen('unstarted'); del g
g = gen('exhausted'); list(g); del g
print('before end')
g2 = gen('atexit'); next(g2)
