# copy.copy and copy.deepcopy hand back a code object itself (code is immutable),
# alone and inside containers.
import copy


def f(a, b=1):
    return a + b


code = f.__code__
print(copy.copy(code) is code, copy.deepcopy(code) is code)
pair = [code, {"c": code}]
print(copy.copy(pair)[0] is code, copy.deepcopy(pair)[1]["c"] is code)
print(copy.deepcopy(pair) is pair)
