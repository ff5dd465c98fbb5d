# a circular import that works: b sees a partially initialised module
import _circ_a
import _circ_b
print(_circ_a.A_VALUE, _circ_b.late())
