# len(), truth, indexing and reversal of ranges near the ends of the 64-bit range.
big = 2**63

def attempt(f):
    try:
        return f()
    except (OverflowError, IndexError) as e:
        return '%s: %s' % (type(e).__name__, e)

for args in [(0, 10), (10, 0), (0, 10, 3), (10, 0, -3), (-5, 5, 2), (5, -5, -2),
             (-big, big - 1), (-big, big - 1, 2), (big - 1, -big, -2), (-big, big - 1, big - 1),
             (big - 1, -big, -(big - 1)), (0, big - 1), (-big, 0), (-big, -big + 3),
             (big - 3, big - 1), (-big, big - 1, -1), (1, 1), (0, -1, 1), (0, big - 1, 3),
             (-big, big - 1, 3), (big - 1, -big, -3), (-big, big - 1, -big)]:
    r = range(*args)
    print(args, attempt(lambda: len(r)), bool(r), attempt(lambda: r[-1]),
          attempt(lambda: list(r[:2])), attempt(lambda: list(reversed(r))[:2] if len(r) < 20 else 'long'))
print(sum(range(0, 100, 7)), sum(range(100, 0, -7)), list(range(-2, 10, 5)))
