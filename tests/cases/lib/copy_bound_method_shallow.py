# copy.copy of a bound method: a new bound method from getattr(receiver, name), so
# it equals the original without being it, and follows an instance attribute that
# shadows the class's method.
import copy


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hello ' + self.name


g = Greeter('ann')
m = g.hello
c = copy.copy(m)
print(c is m, c == m, c(), c.__self__ is g, c.__func__ is Greeter.hello)
g.hello = lambda: 'shadowed'
print(copy.copy(m)())
d = copy.deepcopy(Greeter('bob').hello)
print(d(), type(d).__name__)
print(copy.copy([m])[0] is m)
