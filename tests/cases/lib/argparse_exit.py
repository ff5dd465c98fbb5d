# argparse: parse_args() from sys.argv; a missing argument exits 2 with usage on stderr.
import argparse

parser = argparse.ArgumentParser(description='Count words.')
parser.add_argument('path', help='file to read')
parser.add_argument('-n', '--top', type=int, default=10, help='how many words')
parser.add_argument('--lower', action='store_true')
print(parser.parse_args(['x.txt', '-n', '3']))
print(parser.format_usage(), end='')
parser.parse_args()
print('not reached')
