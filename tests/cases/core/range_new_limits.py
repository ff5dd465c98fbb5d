import sys
print(range(5), range(-2**63, 2**63-1), range(2**63-1, -2**63, -1), range(0, 10, 3))
for r in (range(-2**63, 2**63-1), range(2**63-1, -2**63, -1)):
    try: print(len(r))
    except OverflowError as e: print("OverflowError", e)
print(len(range(-2**62, 2**62 - 1)), list(range(3, -3, -2)), range(1, 2**63-1)[-1])
