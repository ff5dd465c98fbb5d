# threading.Barrier in 3.11 takes any number of parties, even 0 or a negative
# count (the ValueError for parties < 1 arrived in 3.12).
import threading
for n in (0, -1, 1, 3):
    b = threading.Barrier(n)
    print(b.parties, b.n_waiting, b.broken, repr(b).split(':')[-1])
