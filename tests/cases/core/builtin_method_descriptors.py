# The four faces of a builtin method (CPython's Objects/descrobject.c): a method
# descriptor and a slot wrapper on the class, a builtin method and a method-wrapper
# once bound; and a builtin classmethod as its class dict holds it.
import types


def show(v):
    # Addresses differ between runs: print the repr up to them.
    print(type(v).__name__, repr(v).split(" at 0x")[0])


for v in [list.append, [].append, list.__setitem__, [].__setitem__, str.join,
          object.__init__, object().__init__, int.__add__, (1).__add__,
          object.__eq__, int.__hash__, type.__call__, type.mro, len,
          list.__dict__["append"], dict.__dict__["fromkeys"], dict.fromkeys,
          {}.fromkeys, int.from_bytes, int.__dict__["from_bytes"],
          list.__getitem__, dict.__contains__, set.__contains__, tuple.__getitem__,
          list.__reversed__, int.__format__]:
    show(v)

print(types.BuiltinFunctionType is types.BuiltinMethodType is type(len))
print(types.MethodDescriptorType is type(list.append))
print(types.WrapperDescriptorType is type(list.__setitem__))
print(types.MethodWrapperType is type([].__setitem__))
print(types.ClassMethodDescriptorType is type(dict.__dict__["fromkeys"]))
print(types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType,
      types.ClassMethodDescriptorType, types.BuiltinMethodType)

# Their attributes.
for d in [list.append, list.__setitem__, dict.__dict__["fromkeys"]]:
    print(d.__name__, d.__qualname__, d.__objclass__)
    print(hasattr(d, "__self__"), hasattr(d, "__module__"))
b = [1].append
print(b.__name__, b.__qualname__, b.__self__, b.__module__, hasattr(b, "__objclass__"))
w = [1].__setitem__
print(w.__name__, w.__qualname__, w.__self__, w.__objclass__)
f = dict.fromkeys
print(f.__name__, f.__qualname__, f.__self__, f("ab"))

# __get__ binds, or gives the descriptor back for no instance.
l = []
list.append.__get__(l)(5)
list.__setitem__.__get__(l)(0, 6)
print(l, list.append.__get__(None, list) is list.append)
show(list.append.__get__(l))
show(list.__setitem__.__get__(l))
cm = dict.__dict__["fromkeys"]
print(cm.__get__(None, dict)("xy"), cm.__get__({})("z", 0))


class D(dict):
    pass


print(type(cm.__get__(None, D)("q")).__name__, type(D.fromkeys("q")).__name__)
print(cm(dict, "ab", 1), type(cm(D, "a")).__name__)

# Calling or binding them checks the receiver.
for expr in ["list.append(1, 2)", "list.append()", "str.join(1, [])",
             "list.append.__get__(1)", "list.__setitem__.__get__(1)",
             "list.append.__get__(None)", "list.append.__get__()",
             "cm(1)", "cm(int, [1])", "cm()", "cm.__get__(1)",
             "cm.__get__(None, int)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)

# They pickle and copy by name.
import copy
import pickle
print(copy.copy(list.append) is list.append, pickle.loads(pickle.dumps(list.append)))
print(list.append.__reduce__(), list.__setitem__.__reduce__())
print([].append.__reduce__()[0], [].__setitem__.__reduce__()[1])
