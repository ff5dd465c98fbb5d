# A value that is not a number gives TypeError from the conversion to the data's
# type, before any ratio attribute of it is read.
import statistics

try:
    statistics._convert(None, float)
except TypeError as e:
    print("TypeError", e)
print(statistics._convert(3, float), statistics.mean([1, 2]), statistics.mean([1, 2, 4]))
