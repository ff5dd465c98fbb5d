# A failing method lookup is marked on `obj.method`, the call frames on the call.
class Shelf:
    def take(self, name):
        return self.items[name].upper()


s = Shelf()
s.items = {"a": "x", "b": None}
print(s.take("a"))
print(s.take("b"))
