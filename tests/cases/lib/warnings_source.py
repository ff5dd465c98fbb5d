# warnings: a warning with a source object says how to get its allocation traceback
# (tracemalloc is not tracing); formatwarning alone does not.
import warnings, sys
sys.stderr = sys.stdout
warnings.simplefilter('always')
class O: pass
warnings.warn('res', ResourceWarning, source=O())
warnings.warn('usr', UserWarning, source=O())
warnings.warn_explicit('expl', RuntimeWarning, 'q.py', 3, source=O())
print(repr(warnings.formatwarning('m', ResourceWarning, 'f.py', 1)))
