# Checks: uncaught TypeError for unsupported operand types, raised three calls deep.
def combine(a, b):
    return a + b
def build(parts):
    total = parts[0]
    for p in parts[1:]:
        total = combine(total, p)
    return total
def main():
    print(build(["a", "b"]))
    print(build([1, "b"]))
main()
