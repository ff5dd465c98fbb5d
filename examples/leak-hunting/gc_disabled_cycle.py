# A cycle under gc.disable(): parent and child refer to each other, so when the last
# variable goes the refcounts never reach zero, and with the collector off nothing
# frees them. mempy.why() names the cycle; mempy.diff() shows where they were made.
import gc
import mempy
import weakref


class TreeNode:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


gc.disable()
mark = mempy.snapshot()
root = TreeNode()
leaf = TreeNode(root)
probe = weakref.ref(leaf)
del root, leaf  # no variable left, but the two nodes keep each other alive
mempy.why(probe())
mempy.diff(mark)
print("collected:", gc.collect() > 0, "alive:", probe() is not None)
