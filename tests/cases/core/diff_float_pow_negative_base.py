for x in [float('-inf'), -2.0, -0.5]:
    for y in [0.5, -0.5, float('inf'), float('-inf'), 3.0, -3.0, 2.0]:
        if x != float('-inf') and y in (0.5, -0.5):
            continue  # a complex result in CPython (mempy has no complex)
        try: print(x, y, x ** y)
        except Exception as e: print(x, y, type(e).__name__, e)
