# Checks: SystemExit can be caught; sys.exit() / sys.exit(None) / raise SystemExit(0) all exit 0 silently.
import sys
try:
    sys.exit(42)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)
print("exiting now")
raise SystemExit(0)
