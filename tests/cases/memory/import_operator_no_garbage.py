# Importing operator (and weakref, which uses it) leaves no cyclic garbage: the
# collector finds nothing afterwards, as in CPython, where operator is loaded at start-up.
import gc
gc.collect()
import operator
import weakref
print(gc.collect(), operator.itemgetter(1)("ab"), type(operator.attrgetter).__name__)
