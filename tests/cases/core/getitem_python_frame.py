match 5:
    case str():
        print('s')
import gc; gc.collect()
