# Checks: sys.exit(3) exits with status 3, runs finally blocks first, prints nothing to stderr.
import sys
def leave():
    try:
        print("leaving")
        sys.exit(3)
    finally:
        print("finally before exit")
leave()
print("not reached")
