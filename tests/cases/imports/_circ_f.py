import _circ_e
print(_circ_e.E)
