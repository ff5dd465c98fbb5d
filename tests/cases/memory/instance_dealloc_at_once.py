# Instances without __del__ are deallocated at once, as CPython's subtype_dealloc:
# their slots and attributes are released (and whatever dies with them finalized)
# before the next reference is let go of.
class F:
    def __init__(self, t): self.t = t
    def __del__(self): print('del', self.t)
class Q:
    pass
class S:
    __slots__ = ('a', 'b')
def main():
    a, b, c = F('a'), F('b'), F('c')
    p = Q(); p.x = a
    l = [a, b, c]
    print('end main')
main()
def slots():
    s = S(); s.b = F('slot b'); s.a = F('slot a')
    q = Q(); q.z = F('attr z'); q.y = F('attr y'); q.s = s
    t = (q, F('tuple item'))
    del q, s
    print('drop tuple')
    del t
    print('after')
slots()
def chain():
    head = None
    for i in range(5):
        n = Q(); n.nxt = head; n.f = F(i); head = n
    print('drop chain')
    head = None
    print('after chain')
chain()
def dict_mat():
    q = Q(); q.a = F('da'); q.b = F('db')
    d = q.__dict__
    lst = [q, F('list last')]
    del q, d
    lst.clear()
    print('cleared')
dict_mat()
class Sub(Q):
    def __del__(self): print('del Sub', self.k.t)
def mixed():
    x = Q(); x.k = Sub(); x.k.k = F('sub inner'); x.m = F('x m')
    y = [F('y0'), x, F('y2')]
    del x
    y = None
    print('after mixed')
mixed()
class E(Exception): pass
def exc():
    try:
        raise E(F('exc arg'))
    except E as e:
        print('caught')
    print('after except')
exc()
