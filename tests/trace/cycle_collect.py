import gc
gc.disable()
class Node:
    def __del__(self):
        print("del")
x = Node()
x.me = x
del x
print(gc.collect())
