# References and del: names are references to objects; an object is freed when
# its last reference goes.  mempy --trace references.html references.py
class Box:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("freed", self.label)


a = [1, 2, 3]
b = a              # aliasing: one list, two names (refcount 2)
b.append(4)
print(a)           # the change shows through both names
del a              # refcount 2 -> 1: nothing is freed
t = (b, "tag")     # a tuple holds a third reference
del b
del t              # last reference: the tuple, then the list, are freed
x = Box("first")
x = Box("second")  # rebinding drops the first Box: __del__ runs
del x
print("done")
