# Checks: int.to_bytes and int.from_bytes (byte orders, signed, defaults, errors).
tests = [
'(256).to_bytes(2, "little")', '(1024).to_bytes(4, "big")', '(0).to_bytes()', '(0).to_bytes(0)', '(5).to_bytes()', '(255).to_bytes(1, "big")', '(256).to_bytes(1, "big")', '(-1).to_bytes(2, "big", signed=True)', '(-1).to_bytes(2, "big")', '(-128).to_bytes(1, "big", signed=True)', '(-129).to_bytes(1, "big", signed=True)', '(128).to_bytes(1, "big", signed=True)', '(2**70).to_bytes(10, "little")', '(1).to_bytes(2, "middle")', '(1).to_bytes(-1)', '(1).to_bytes(length=3, byteorder="little")',
 'int.from_bytes(b"\\x01\\x00", "big")', 'int.from_bytes(b"\\x01\\x00", "little")', 'int.from_bytes(b"\\xff\\xff", "big", signed=True)', 'int.from_bytes(b"")', 'int.from_bytes([1, 2], "big")', 'int.from_bytes(b"\\x80", signed=True)', 'int.from_bytes(bytearray(b"\\x00" * 9 + b"\\x01"))', 'int.from_bytes("ab")', 'True.to_bytes()'
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
