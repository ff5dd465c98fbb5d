# Checks: uncaught ValueError from int() with its message, two functions deep.
def parse(line):
    return [int(tok) for tok in line.split(",")]
def total(line):
    return sum(parse(line))
print(total("1,2,3"))
print(total("4,five,6"))
