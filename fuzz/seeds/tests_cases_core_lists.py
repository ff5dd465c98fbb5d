# Checks: list literals, indexing, mutation methods, sort/reverse, copy semantics, comparison, repr.
a = [3, 1, 2]
a.append(5); a.extend([9, 0]); a.insert(1, 7)
print("built", a, len(a))
print("pop", a.pop(), a.pop(0), a)
a.remove(9)
print("remove", a, "index", a.index(2), "count", a.count(1))
a.sort(); print("sort", a)
a.sort(reverse=True); print("rsort", a)
a.reverse(); print("reverse", a)
words = ["pear", "Fig", "apple", "kiwi"]
print("key sort", sorted(words, key=str.lower), sorted(words, key=len))
b = a; c = a[:]; b.append(100)
print("alias", a is b, a == c, c)
print("concat", [1, 2] + [3], [0] * 3, [[1]] * 2)
print("cmp", [1, 2] < [1, 3], [1, 2] == [1, 2], [2] > [1, 9])
print("in", 3 in [1, 2, 3], [1] in [[1], 2])
nested = [1, [2, [3, []]], "s", None, 2.5]
print("repr", nested, str(nested))
a.clear(); print("clear", a)
m = [1, 2, 3, 4, 5, 6]
m[1:3] = ["x"]; print("slice assign", m)
del m[::2]; print("del slice", m)
