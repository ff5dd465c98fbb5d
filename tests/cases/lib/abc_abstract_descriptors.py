# classmethod, staticmethod and property report the __isabstractmethod__ of what
# they wrap, so ABCMeta sees abstract class/static methods and properties; the
# deprecated abc.abstract*method wrappers work the same way.
import abc
from abc import ABC, abstractmethod


def plain():
    pass


@abstractmethod
def marked():
    pass


for wrap in (classmethod, staticmethod, property):
    print(wrap.__name__, wrap(plain).__isabstractmethod__, wrap(marked).__isabstractmethod__)
print(property(None, marked).__isabstractmethod__, property().__isabstractmethod__)


class Base(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def util():
        ...

    @property
    @abstractmethod
    def size(self):
        ...

    @abc.abstractclassmethod
    def old_cls(cls):
        return "old " + cls.__name__

    @abc.abstractstaticmethod
    def old_static():
        return "old static"


print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
print(Base.old_cls(), Base.old_static())


class Done(Base):
    make = classmethod(lambda cls: cls())
    util = staticmethod(lambda: "u")
    size = 3
    old_cls = classmethod(lambda cls: "new")
    old_static = staticmethod(lambda: "new static")


print(sorted(Done.__abstractmethods__), Done.make().size, Done.util())
