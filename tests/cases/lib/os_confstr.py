# Checks: os.confstr takes a name from confstr_names or a number, answers None for a
# name without a value, and raises CPython's errors for unknown names, bad types and
# out-of-range or invalid numbers.
import os

print(os.confstr('CS_PATH') == os.confstr(0) == os.confstr(os.confstr_names['CS_PATH']))
print(os.confstr('CS_GNU_LIBC_VERSION').split()[0])
print(type(os.confstr(2)).__name__, 'CS_GNU_LIBPTHREAD_VERSION' in os.confstr_names)
for arg in ['NOT_A_NAME', 1.5, None, 99999, 2**40, -2**40]:
    try:
        os.confstr(arg)
    except (ValueError, TypeError, OSError, OverflowError) as e:
        print(type(e).__name__, e)
