# pickle's pure-Python names (_Pickler, _dumps, ...) pickle and unpickle as the
# public ones do.
import io
import pickle

data = {'a': [1, 2.5, (3, 'x')], 'b': {4, 5}}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle._dumps(data, proto)
    print(proto, s == pickle.dumps(data, proto), pickle._loads(s) == data)

f = io.BytesIO()
pickle._dump([1, 2], f, 2)
f.seek(0)
print(pickle._load(f))

f = io.BytesIO()
pickle._Pickler(f, 3).dump(('t', None))
f.seek(0)
print(pickle._Unpickler(f).load())
