try:
    from . import x
except ImportError as e:
    print(e)
from .sibling import y
