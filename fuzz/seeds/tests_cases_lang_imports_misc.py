# Checks: import forms (import as, from import, from import as), module attributes, __name__ == "__main__".
import math as m
from math import sqrt, floor as fl
from collections import deque
import sys, heapq
print("alias", m.sqrt(9), sqrt(4), fl(2.7), type(deque()).__name__)
print("module name", m.__name__, heapq.__name__, __name__)
if __name__ == "__main__":
    print("running as main")
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name  # a builtin module: "(unknown location)", no host path
except ImportError as e:
    print(type(e).__name__, e)
