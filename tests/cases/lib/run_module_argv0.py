# `-m MODULE` with one of the library's modules: sys.argv[0] is the module's file
# name, so argparse shows it as the program name (`usage: calendar.py ...`).
import subprocess
import sys

r = subprocess.run([sys.executable, '-m', 'calendar', '--help'],
                   capture_output=True, text=True)
print(r.returncode, r.stdout.splitlines()[0])
r = subprocess.run([sys.executable, '-m', 'calendar', '-x'],
                   capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1])
