import copy,pickle
print(len.__reduce__(), [].append.__reduce__()[0])
print(copy.copy(len) is len, pickle.loads(pickle.dumps(len)) is len)
b=[].append; c=copy.copy(b); print(c.__self__ is b.__self__, c == b)
