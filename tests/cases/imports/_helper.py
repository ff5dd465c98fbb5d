"""A helper module for the import cases."""
print("running _helper as", __name__)
counter = 0

def bump():
    global counter
    counter += 1
    return counter

def divide(a, b):
    return a / b

class Thing:
    def __repr__(self):
        return "Thing()"

if __name__ == "__main__":
    print("never printed on import")
