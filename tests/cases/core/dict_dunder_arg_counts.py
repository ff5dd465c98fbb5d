# dict.__contains__ / __len__ called with the wrong number of arguments raise
# TypeError (not an internal error).
d = {'a': 1}
for f in [lambda: d.__contains__(), lambda: d.__contains__(1, 2), lambda: d.__len__(1)]:
    try:
        f()
    except TypeError as e:
        print(e)
print(d.__contains__('a'), d.__len__())
