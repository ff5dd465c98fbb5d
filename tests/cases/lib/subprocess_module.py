# subprocess with real child processes: run/call/check_call/check_output, Popen with
# pipes, DEVNULL and STDOUT, communicate with input, text mode, cwd, env, shell=True,
# exit statuses and signals, and the exceptions' messages.
import os
import subprocess
import sys
from subprocess import PIPE, STDOUT, DEVNULL

print('printed before the child')          # still in our buffer when echo writes
subprocess.run(['echo', 'child writes to the inherited stdout'])
sys.stdout.flush()

r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r, r.returncode, r.stdout)
print(subprocess.run(['true']), subprocess.run(['false']).returncode)
r = subprocess.run('printf "%s|" "$0" "$1"; echo err >&2; exit 3', shell=True,
                   capture_output=True, text=True)
print(r)
print(subprocess.run(['sh', '-c', 'echo "$1 $2"', 'sh', 'a b', 'c;d'],
                     stdout=PIPE).stdout)
print(subprocess.check_output(['cat'], input=b'bytes in\r\nout'))
print(repr(subprocess.check_output(['cat'], input='text\r\nlines\rend\n', text=True)))
print(subprocess.check_output(['cat'], input='caf\u00e9', encoding='utf-8'))
print(subprocess.check_output(['sh', '-c', 'echo out; echo err >&2'], stderr=STDOUT))
print(subprocess.run(['sh', '-c', 'echo x >&2'], stderr=DEVNULL, stdout=PIPE))
print(subprocess.run(['cat'], stdin=DEVNULL, stdout=PIPE).stdout)
print(subprocess.run(['sh', '-c', 'echo "$GREETING"'], env={'GREETING': 'hi there'},
                     stdout=PIPE, text=True).stdout, end='')
print(subprocess.run(['pwd'], cwd='/', stdout=PIPE, text=True).stdout, end='')
print(subprocess.call(['sh', '-c', 'exit 5']), subprocess.call('exit 0', shell=True))
print(subprocess.check_call(['true']))
print(subprocess.getoutput('echo one; echo two'), subprocess.getstatusoutput('echo x; exit 4'))

for cmd in (['false'], 'exit 2', ['sh', '-c', 'kill -TERM $$'], ['sh', '-c', 'kill -9 $$']):
    try:
        subprocess.check_call(cmd, shell=isinstance(cmd, str))
    except subprocess.CalledProcessError as e:
        print(e, e.returncode, e.cmd)
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 1'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e.stdout, e.output, e.stderr)
try:
    subprocess.check_output(['sh', '-c', 'echo got; exit 9'], text=True)
except subprocess.CalledProcessError as e:
    print(repr(e.output), e.returncode)
try:
    subprocess.run(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
for bad in (lambda: subprocess.run(['no-such-program-here']),
            lambda: subprocess.run(['ls'], cwd='/no/such/dir')):
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
for bad in (lambda: subprocess.run(['cat'], input=b'', stdin=PIPE),
            lambda: subprocess.run(['cat'], capture_output=True, stdout=PIPE),
            lambda: subprocess.check_output(['cat'], stdout=PIPE)):
    try:
        bad()
    except ValueError as e:
        print(e)

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE)
print(p.returncode, p.poll() is None or p.poll(), type(p.pid) is int)
p.stdin.write(b'first\nsecond\n')
p.stdin.write(b'third')
p.stdin.close()
print(p.stdout.readline(), p.stdout.read(3), p.stdout.read(), p.stdout.read())
print(p.wait(), p.returncode, p.poll())
p.stdout.close()

with subprocess.Popen(['sh', '-c', 'printf "a\\nb\\nc"'], stdout=PIPE, text=True) as p:
    print(list(p.stdout))
print(p.returncode)
p = subprocess.Popen(['sh', '-c', 'read line; echo "got $line"; echo oops >&2'],
                     stdin=PIPE, stdout=PIPE, stderr=PIPE, universal_newlines=True)
print(p.communicate('input line\n'))
print(p.returncode)
p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'head -c 300000 /dev/zero'], stdout=PIPE)
out, err = p.communicate()
print(len(out), err)
print(subprocess.CompletedProcess(['x'], 1, b'o', b'e'))
try:
    subprocess.CompletedProcess(['x'], 1, 'out').check_returncode()
except subprocess.CalledProcessError as e:
    print(repr(e), e.stdout)
print(str(subprocess.TimeoutExpired(['x'], 2.5)),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
