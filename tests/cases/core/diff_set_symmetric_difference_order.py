x = {'x', 'y'}
print(x ^ {3, 4}, {3, 4} ^ x, x.symmetric_difference([3, 4, 'x']))
print(set(range(20)) ^ set(range(10, 30)), frozenset('abc') ^ {'b', 'z'})
a = {1, 2, 3, 'q'}; a ^= {3, 'r', 1}; print(a)
