# exec(code, globals, closure=cells) runs a closure's code with the given cells;
# types.CellType makes cells; compile() checks its flags, optimize and keywords.
import types

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r)

result = 0
def make():
    a, b, c = 2, 3, 5
    def three():
        nonlocal a, b
        global result
        result = a * b
        a += 1
    def four():
        nonlocal a, b, c
        return a, b, c
    return three, four
three, four = make()

exec(three.__code__, three.__globals__, closure=three.__closure__)
print(result, three.__closure__[0].cell_contents)
cells = (types.CellType(35), types.CellType(72))
exec(three.__code__, three.__globals__, closure=cells)
print(result, cells[0].cell_contents)
print(exec(three.__code__, {'__builtins__': __builtins__}, None, closure=cells), cells[0].cell_contents)

def plain():
    return 1
attempt('no freevars', lambda: exec(plain.__code__, {}, closure=cells))
attempt('closure None', lambda: exec(three.__code__, {}, closure=None))
attempt('wrong length', lambda: exec(three.__code__, {}, closure=four.__closure__))
attempt('list', lambda: exec(three.__code__, {}, closure=list(cells)))
attempt('non-cell', lambda: exec(three.__code__, {}, closure=(int, cells[1])))
attempt('source text', lambda: exec('x = 1', {}, closure=cells))
attempt('eval freevars', lambda: eval(three.__code__, {}))
attempt('globals first', lambda: exec(three.__code__, 5, closure=None))

empty = types.CellType()
attempt('empty cell', lambda: empty.cell_contents)
attempt('cell args', lambda: types.CellType(1, 2))
attempt('cell kw', lambda: types.CellType(x=1))
print(types.CellType([1]).cell_contents)

attempt('flags 0xff', lambda: compile('print(42)\n', '<string>', 'single', 0xff))
attempt('flags before mode', lambda: compile('1', 's', 'badmode', 0x8))
attempt('future flag', lambda: type(compile('1', 's', 'eval', 0x1000000)).__name__)
attempt('nested flag', lambda: type(compile('1', 's', 'eval', 0x10)).__name__)
attempt('optimize 3', lambda: compile('1', 's', 'eval', optimize=3))
attempt('optimize -2', lambda: compile('1', 's', 'eval', 0, False, -2))
attempt('name and position', lambda: compile('pass', '?', 'exec', mode='eval'))
attempt('unknown keyword', lambda: compile('pass', '?', 'exec', spam=1))
attempt('by keyword', lambda: eval(compile(source='6*7', filename='k', mode='eval', dont_inherit=True)))
