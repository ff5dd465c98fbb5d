# Checks: an attribute access spanning lines is located at the attribute's name on its
# last line (3.11's update_start_location_to_match_attr): the traceback shows and marks
# `.method`, not the value above it; a name alone on its line gets no marker line.
def a():
    (None
        .method
    )()
def b():
    (None.
        method
    )()
def c():
    (None
        . method
    )()
def d():
    return (None
        .attr)
for f in (a, b, c, d):
    try:
        f()
    except AttributeError:
        __import__("traceback").print_exc()
d()
