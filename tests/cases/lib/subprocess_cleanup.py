# A Popen dropped while its child still runs is kept in subprocess._active until a
# later _cleanup() (also run by every new Popen) finds the child finished and reaps it.
import subprocess
import sys
import time

p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(0.3)'])
del p
print(len(subprocess._active))
time.sleep(1.0)
subprocess._cleanup()
print(len(subprocess._active))
q = subprocess.Popen([sys.executable, '-c', 'pass'])
q.wait()
del q
print(len(subprocess._active), subprocess._cleanup())
