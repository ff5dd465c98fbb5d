# Checks: abc.ABC with abstractmethod: instantiating an abstract class raises CPython's
# TypeError (one or several methods, inherited abstracts), concrete subclasses work,
# __init__ chains, abstract properties, __abstractmethods__.
from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f"{self.name}: area={self.area()}"


try:
    Shape("s")
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half("h")
except TypeError as e:
    print("TypeError:", e)


class Square(Half):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), isinstance(sq, ABC))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__),
      sorted(Square.__abstractmethods__))


class Circle(Shape):
    def area(self):
        return 3

    def perimeter(self):
        return 6


print(Circle("c").describe(), Circle("c").name)


class Animal(ABC):
    @property
    @abstractmethod
    def sound(self):
        ...


class Dog(Animal):
    @property
    def sound(self):
        return "woof"


print(Dog().sound)
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)


class Plain(ABC):
    pass


print(type(Plain()).__name__)
print(Shape.area.__isabstractmethod__)

# ABCMeta as an explicit metaclass.
import abc


class Proto(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self):
        ...


class Runner(Proto):
    def run(self):
        return 'running'


print(type(abc.ABC) is abc.ABCMeta, type(Proto).__name__, Runner().run())
try:
    Proto()
except TypeError as e:
    print('TypeError:', e)
