# Checks: str.format with positional, indexed, named, attribute/index fields, conversions and specs; format().
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age:>4}".format(name="Al", age=7))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 5
print("{0.x} {p.x}".format(P(), p=P()))
print("{!r} {!s}".format("q", "q"))
print("{:^10}|{:<6.2f}|{:+08.3f}|{:,}".format("mid", 2.5, -1.5, 10 ** 7))
print("{{literal}} {}".format("x"))
print(format(3.14159, ".1f"), format(42, "06d"), format("s", ">3"), format(0.5, "%"))
print("{:>{w}}".format("r", w=5))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
