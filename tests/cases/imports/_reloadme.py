print("loading _reloadme")
try:
    times += 1
except NameError:
    times = 1
