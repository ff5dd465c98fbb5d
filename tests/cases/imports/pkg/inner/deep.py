from ..sub import greet
def depth():
    return greet.__module__ + "/" + __name__
