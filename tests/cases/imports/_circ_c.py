import _circ_d
C = 1
