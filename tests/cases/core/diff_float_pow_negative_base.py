for x in [float('-inf'), -2.0, -0.5]:
    for y in [0.5, -0.5, float('inf'), float('-inf'), 3.0, -3.0, 2.0]:
        try: print(x, y, x ** y)
        except Exception as e: print(x, y, type(e).__name__, e)
