import sys
sys.setrecursionlimit(12)
def down(n):
    return down(n + 1)
down(0)
