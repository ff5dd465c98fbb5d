# dataclasses: the generated __init__ is exec'd source ("<string>" frames in tracebacks), with
# real __defaults__/__annotations__; an error in __post_init__ propagates through it.
from dataclasses import dataclass, field


@dataclass
class A:
    x: int
    y: list = field(default_factory=list)

    def __post_init__(self):
        if self.x > 1:
            raise ValueError(self.x)


print(A.__init__.__code__.co_filename, A.__init__.__defaults__, A.__init__.__annotations__)
try:
    A(2)
except ValueError as e:
    print('caught', e)
print(A(1))
A(3)
