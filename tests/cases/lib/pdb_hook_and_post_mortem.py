# breakpoint()'s default hook calls pdb.set_trace (also with $PYTHONBREAKPOINT
# empty or naming it); a Pdb reading commands from a file inspects a traceback:
# p, up, down, args, quit.
import io, os, sys, pdb
calls = []
real = pdb.set_trace
pdb.set_trace = lambda *a, **k: calls.append((a, k))
breakpoint()
os.environ['PYTHONBREAKPOINT'] = ''
breakpoint()
os.environ['PYTHONBREAKPOINT'] = 'pdb.set_trace'
breakpoint(header='h')
print(calls)
pdb.set_trace = real

def boom(n):
    local = n * 2
    raise ValueError(local)
try:
    boom(21)
except ValueError:
    tb = sys.exc_info()[2]
p = pdb.Pdb(stdin=io.StringIO('p local\np n + 1\nup\np local\ndown\nargs\nq\n'), stdout=sys.stdout)
p.reset()
p.interaction(None, tb)
print('done')
