# Checks: uncaught RecursionError from __eq__ recursing through ==: " in comparison" variant not used (frame hits the limit), repeat count.
class Loop:
    def __eq__(self, other):
        return other == self
print(Loop() == Loop())
