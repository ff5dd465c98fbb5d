# A module that imports array._array_reconstructor under another name, imported
# before `array` itself: the function still belongs to `array` (its __module__),
# so arrays pickle with every protocol.
import _array_import_helper
import array
import pickle

print(_array_import_helper.renamed.__module__, array._array_reconstructor.__module__)


class Sub(array.array):
    pass


for a in [array.array('i', [1, 2]), Sub('d', [0.5])]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        print(proto, b, type(b).__name__, b == a, b is not a)
