# The "Did you mean" hint of an uncaught NameError comes from the innermost frame's
# local names, then its globals, then the builtins.
def work(counter_value):
    return counter_valeu + 1
work(1)
