# print() of a string holding a lone surrogate: python3's stdout cannot encode
# U+D800 (under strict and surrogateescape alike), so print raises
# UnicodeEncodeError after writing the pieces before it; stderr escapes it.
import sys

print('before', repr('\ud800'))
sys.stderr.write('to stderr: \ud800\udcff\n')
try:
    sys.stdout.write('x\ud800y\n')
except UnicodeEncodeError as e:
    print('write:', e)
try:
    print('a', 'b\ud800', 'c')
except UnicodeEncodeError as e:
    print('\nprint:', e)
print('sep', 'end', sep='\ud800')
print('not reached')
