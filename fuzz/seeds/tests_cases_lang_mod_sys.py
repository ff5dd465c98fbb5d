# Checks: sys attributes with stable values: argv, version_info, maxsize, getrecursionlimit, stdout.write, modules, intern-free.
import sys
print("argv", sys.argv)
print("version", sys.version_info[:2], sys.version_info.major, sys.version.startswith("3.11"))
print("maxsize", sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print("recursionlimit", sys.getrecursionlimit())
n = sys.stdout.write("written via sys.stdout\n")
print("write returned", n)
print("byteorder", sys.byteorder, "platform is str", isinstance(sys.platform, str))
print("float_info", sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print("int_info", sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print("sys in modules", "sys" in sys.modules)
print("stderr write goes elsewhere", sys.stderr.write("") == 0)
