# Decimal is registered as a numbers.Number (only Number: not Complex/Real).
import numbers
from decimal import Decimal
d = Decimal("2.5")
for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(c.__name__, isinstance(d, c), issubclass(Decimal, c))
