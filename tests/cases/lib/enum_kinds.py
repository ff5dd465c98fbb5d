# enum: Enum/IntEnum/StrEnum reprs, str and format (3.11 rules), aliases, __members__,
# _missing_, __new__-defined members with _value_, tuple values with __init__, member and
# nonmember, _ignore_, _order_, unique/verify errors, pickling, match and member errors.
import enum
import pickle
from enum import Enum, IntEnum, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, member, nonmember


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1


print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.ALIAS is Color.RED, Color.RED.name, Color.RED.value, list(Color.__members__))
print(type(Color.__members__).__name__, f'{Color.RED}', format(Color.RED, '>12'), '%s' % Color.RED)


class N(IntEnum):
    A = auto()
    B = auto()


print(N.A + 1, N.B == 2, repr(N.B), str(N.B), f'{N.A}', format(N.A, '03d'), N(2))


class S(StrEnum):
    A = auto()
    B = 'bee'


print(S.A, repr(S.A), S.B.upper(), S('bee'), f'{S.B}', S.A == 'a')


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def g(self):
        return self.mass / self.radius ** 2


print(Planet.EARTH.mass, round(Planet.MARS.g, 3), Planet.EARTH.value, Planet((6.42e23, 3.39e6)))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coord.PY, Coord(1), Coord.PY.label, Coord.PX.value)


class Lookup(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Lookup('one'), Lookup('two'))
try:
    Lookup(3)
except ValueError as e:
    print(e)


class Odd(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = member(lambda: 1)
    B = nonmember(3)
    _order_ = 'A'


print([m.name for m in Odd], Odd.B, Odd.A.value(), hasattr(Odd, 'tmp'))
for bad in ('unique', 'verify', 'continuous', 'order', 'missing', 'extend', 'reassign', 'delete'):
    try:
        if bad == 'unique':
            @unique
            class U(Enum):
                A = 1
                B = 1
        elif bad == 'verify':
            @verify(UNIQUE)
            class V(Enum):
                A = 1
                B = 1
        elif bad == 'continuous':
            @verify(CONTINUOUS)
            class G(Enum):
                A = 1
                B = 4
        elif bad == 'order':
            class O(Enum):
                _order_ = 'B A'
                A = 1
                B = 2
        elif bad == 'missing':
            Color(7)
        elif bad == 'extend':
            class More(Color):
                PINK = 9
        elif bad == 'reassign':
            Color.RED = 5
        else:
            del Color.RED
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN, Color.RED.__reduce_ex__(4))
print(type(Color), enum.EnumMeta is enum.EnumType, isinstance(Color.RED, Color))
match Color.GREEN:
    case Color.RED:
        print('r')
    case Color.GREEN:
        print('g')
print(dir(Color))
print(dir(Color.RED))
print(Color.RED < Color.BLUE if False else sorted(Color, key=lambda c: c.value)[-1])
