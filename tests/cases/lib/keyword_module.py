# The keyword module: kwlist and softkwlist as CPython 3.11 lists them, and
# iskeyword/issoftkeyword as bound frozenset.__contains__ (one argument, hashable).
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
print(sorted(keyword.__all__))
for word in ["if", "match", "case", "_", "print", "None", "async", "self"]:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
print(type(keyword.iskeyword).__name__, keyword.iskeyword.__name__)
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError:", e)
for word in keyword.kwlist:
    try:
        exec(word + " = 1")
    except SyntaxError:
        pass
    else:
        print("assignable:", word)
