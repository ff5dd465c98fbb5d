# An exception raised by a builtin while another is handled is chained to it.
try:
    1/0
except ZeroDivisionError:
    [][1]
