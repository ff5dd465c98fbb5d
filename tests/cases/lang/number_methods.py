print((5).as_integer_ratio(), (-3).conjugate(), (255).bit_count(), (-7).bit_count())
print((2**70).as_integer_ratio(), (2**70).bit_count(), (2**70).conjugate())
print((1024).to_bytes(2, 'big'), int.from_bytes(b'\x04\x00', 'big'), (1).to_bytes(), (258).to_bytes(2, byteorder='little'))
print((1.5).hex(), (0.0).hex(), (-0.1).hex(), float('inf').hex(), (1e-320).hex(), (2.0).hex())
print(float.fromhex('0x1.8p+0'), float.fromhex('-0x1p-1074'), float.fromhex('inf'), float.fromhex('0x.8'), float.fromhex(' 0X1.FFFFFFFFFFFFFP+1023 '))
print((2.5).conjugate())
print(True.numerator, True.real, True.imag, True.denominator, (True).bit_length(), False.conjugate(), True.as_integer_ratio(), True.bit_count())
print(True.to_bytes(1, 'big'), (True).__index__())
print(type(True.real), type(True.conjugate()))
try:
    float.fromhex('zz')
except ValueError as e:
    print(e)
try:
    (1.5).hex(1)
except TypeError as e:
    print(e)
print((2**70).numerator, (2**70).real, (2**70).imag, (2**70).denominator)
