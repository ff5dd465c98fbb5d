x = 1.5
try:
    x <<= 1
except TypeError as e: print(e)
try:
    x = 1 | 2.5
except TypeError as e: print(e)
class P(int): pass
try:
    x = 1.5 ^ P(1)
except TypeError as e: print(e)
try:
    y = True
    y &= 2.0
except TypeError as e: print(e)
