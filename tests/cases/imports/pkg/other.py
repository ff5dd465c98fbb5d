from .sub import greet
from . import inner
from .inner.deep import depth
def run():
    return greet("other") + " " + str(depth())
