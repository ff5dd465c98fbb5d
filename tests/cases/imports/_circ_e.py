import _circ_f
E = 1
