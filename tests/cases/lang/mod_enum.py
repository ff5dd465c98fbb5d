# The enum module: Enum with the EnumType metaclass, auto, unique, aliases, lookups,
# iteration, errors, methods, functional API.
import enum
from enum import Enum, EnumMeta, EnumType, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # alias of RED

    def describe(self):
        return f'{self.name} is {self.value}'

    @classmethod
    def favourite(cls):
        return cls.GREEN

    @property
    def lower(self):
        return self.name.lower()


print(Color.RED, repr(Color.RED), str(Color.GREEN), f'{Color.BLUE}', f'{Color.RED:>12}|')
print(Color(1), Color['GREEN'], Color(Color.BLUE), Color.CRIMSON)
print(Color.CRIMSON is Color.RED, Color(1) is Color.RED, Color['CRIMSON'] is Color.RED)
print(list(Color), len(Color), [c.name for c in reversed(Color)])
print(Color.RED in Color, Color.RED.name, Color.RED.value, Color.BLUE.describe())
print(Color.favourite(), Color.GREEN.lower, Color.RED._name_, Color.RED._value_)
print(list(Color.__members__), list(Color.__members__.items())[-1])
print(repr(Color), Color, type(Color) is EnumType, EnumMeta is EnumType)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), type(Color.RED) is Color)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON])
print(sorted(Color, key=lambda c: -c.value), Color.RED.__class__.__name__)
print(bool(Color), bool(Color.RED), Color.__name__, Color.RED.__class__ is Color)

for bad in (5, 'RED', None):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED = 10
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.PURPLE
except AttributeError as e:
    print('AttributeError:', e)
try:
    1 in Color.__members__.values() and print('x')
except TypeError as e:
    print('TypeError:', e)
Color.extra = 'ok'      # non-member attributes can be set
print(Color.extra)


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Ordinal), [o.value for o in Ordinal])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print(list(Named), Named('north'))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        for member in cls:
            if member.value == str(value).lower():
                return member
        return None


print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('gone')
except ValueError as e:
    print('ValueError:', e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError:', e)

try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Derived(Base):
    X = 1
    Y = 2


print(Derived.X.hello(), list(Derived), isinstance(Derived.X, Base))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3), repr(Animal))
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(list(Shape), Shape(3))
Dir = Enum('Dir', {'UP': 'u', 'DOWN': 'd'})
print(Dir.UP, Dir('d'))


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    _ignore_ = ['tmp']
    tmp = 99

    def is_first(self):
        return self is Weekday.MONDAY


print(list(Weekday), Weekday.MONDAY.is_first(), Weekday.TUESDAY.is_first())
print(auto(), enum.unique is unique)
by_value = {m.value: m for m in Color}
print(by_value)
