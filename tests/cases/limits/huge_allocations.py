# Sizes the program controls are allocated fallibly: MemoryError (or CPython's
# OverflowError past ssize_t), never an allocator abort.
cases = [
    lambda: [0] * 10**12,
    lambda: (1, 2) * 10**12,
    lambda: 'x' * 10**12,
    lambda: 'ab' * (10**12 // 2),
    lambda: list(range(10**11)),
    lambda: list(range(10**20)),
    lambda: 'x'.ljust(10**12),
    lambda: 'x'.rjust(10**12, '*'),
    lambda: 'x'.center(10**12),
    lambda: '1'.zfill(10**12),
    lambda: ('a' * 10**6).replace('', 'x' * 10**6),
    lambda: 'a\tb'.expandtabs(10**12),
    lambda: f'{1:>1000000000000}',
    lambda: format('s', '<1000000000000'),
    lambda: '%1000000000000d' % 1,
    lambda: '%100000000000000000000d' % 1,
    lambda: '%.1000000000000d' % 1,
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, 'ok')
    except (MemoryError, OverflowError, ValueError) as e:
        print(i, type(e).__name__, e)
# Nothing was kept: normal work goes on.
print(len([0] * 1000), len('y' * 1000))
