# Checks: uncaught AttributeError on None (common bug), through two functions.
def find(items, target):
    for i in items:
        if i == target:
            return i
def upper_of(items, target):
    return find(items, target).upper()
print(upper_of(["a", "b"], "a"))
print(upper_of(["a", "b"], "c"))
