# Checks: set(s) of an exact str adds its characters in order (the one-character
# singletons shared, others new), counts the str iterator CPython makes and frees in
# gc.get_count(), and a str subclass's own __iter__ is still used; set.add after
# removals reuses the slot CPython's set_add_entry picks (iteration order and size
# show it).
import gc
import sys

print(sorted(set("the quick brown fox")), len(set("")))
print(sorted(set("héllo wörld ☃☃")), sorted(set("a\udc80b\udc80")) == sorted({"a", "b", "\udc80"}))
s = "ab"
chars = set(s)
print(any(c is s[0] for c in chars), sys.getrefcount(s[0]) > 2)


class S(str):
    def __iter__(self):
        print("own __iter__")
        return iter("xy")


print(sorted(set(S("ab"))))
gc.disable()
gc.collect()
c0 = gc.get_count()[0]
for _ in range(10):
    set("hello")
print("gc count after", gc.get_count()[0] - c0)
t = set()
t.update("abc", "cde")
print(sorted(t))
st = set(range(40))
for i in range(0, 40, 3):
    st.discard(i)
for i in range(100, 140):
    st.add(i)
    st.add(i)
print(list(st), len(st), sys.getsizeof(st))
fs = frozenset("mississippi")
print(sorted(fs), len(fs))
