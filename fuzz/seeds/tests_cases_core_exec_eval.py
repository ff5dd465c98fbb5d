# exec, eval and compile.
print(eval("1 + 2 * 3"))
x = 10
print(eval("x * 2"))
print(eval("y + 1", {"y": 41}))
print(eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("z = 5\ndef f(n):\n    return n * z\n", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["f"](3), "__builtins__" in ns)
exec("w = 99")
print(w)
code = compile("q * 2", "<calc>", "eval")
print(eval(code, {"q": 21}))
def inner():
    v = 7
    return eval("v + 1")
print(inner())
for src in ["1 +", "def f(:", "  x = 1"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec(42)
except TypeError as e:
    print("TypeError:", e)
print(eval("   3"))
