# Checks: uncaught RecursionError through __repr__: traceback alternates frames with CPython's repeat count and message.
class Node:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return "Node(%r)" % (self.me,)
print("start")
print(Node())
