# from-import of a name not yet defined in a partially initialised module
import _circ_c
