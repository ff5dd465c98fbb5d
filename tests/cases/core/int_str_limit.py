import sys
for s in ['1'*4301, '-'+'1'*4301, '1_0'*2200, '  '+'1'*4301+'  ', '0'*4301]:
    try: int(s); print('ok', len(s))
    except ValueError as e: print(e)
try: print(2**20000)
except ValueError as e: print(e)
try: print(-2**20000)
except ValueError as e: print(e)
x = int('9'*4300); print(len(str(x)))
try: str(x*10)
except ValueError as e: print(e)
try: f'{x*10:d}'
except ValueError as e: print(e)
try: '%d' % (x*10)
except ValueError as e: print(e)
print(len(hex(x*10)), len(f"{x*10:x}"), int('1'*5000, 16) > 0)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0); print(len(str(2**20000)))
try: sys.set_int_max_str_digits(5)
except ValueError as e: print(e)
sys.set_int_max_str_digits(1000)
try: int('1' * 1001)
except ValueError as e: print(e)
print(it := iter([1, 2]).__next__(), map(str, [1]).__next__(), enumerate("a").__next__())
try: "x" * "y"
except TypeError as e: print(e)
try: 2.5 * [1]
except TypeError as e: print(e)
