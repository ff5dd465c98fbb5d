print("pkg init", __name__, __package__)
from . import sub
from .sub import greet as _greet
VALUE = _greet("pkg")
