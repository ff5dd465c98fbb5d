# classmethod and staticmethod objects carry their function's metadata, as
# CPython 3.10+ copies it at creation: __wrapped__, __name__, __qualname__,
# __doc__, __module__, __annotations__ (read by typing.get_type_hints).
import typing


def f(cls, a: int) -> str:
    "the doc"


def bare(x):
    pass


for kind in (classmethod, staticmethod):
    w = kind(f)
    print(kind.__name__, w.__wrapped__ is f, w.__func__ is f, w.__name__, w.__qualname__,
          w.__doc__, w.__module__, w.__annotations__)
    print(typing.get_type_hints(w))
    print(kind(bare).__annotations__, kind(bare).__doc__)


class C:
    @classmethod
    def make(cls, n: float):
        "make one"

    @staticmethod
    def helper():
        pass


print(C.__dict__['make'].__qualname__, C.__dict__['make'].__doc__,
      C.__dict__['make'].__annotations__, C.__dict__['helper'].__name__)
