# _testcapi.write_unraisable_exc reports an exception as unraisable: through a
# custom sys.unraisablehook (with the traceback it gets at the calling frame),
# the default hook's "Exception ignored ..." report, and a failing hook.
import sys
import _testcapi

seen = []
def hook(args):
    seen.append(args)

def report(exc, msg, obj):
    _testcapi.write_unraisable_exc(exc, msg, obj)

sys.unraisablehook = hook
exc = ValueError(42)
report(exc, 'custom hook', 'the object')
a = seen.pop()
print(a.exc_type.__name__, a.exc_value is exc, a.exc_traceback is exc.__traceback__,
      a.err_msg, a.object)
print(exc.__traceback__.tb_frame.f_code.co_name)
report(KeyError('k'), None, 5)
a = seen.pop()
print(a.err_msg, a.object, a.exc_value)

sys.unraisablehook = sys.__unraisablehook__
sys.stderr = sys.stdout
report(ValueError('default'), 'in the default hook', 'obj')
report(ValueError('no message'), None, [1, 2])

class Failing:
    def __call__(self, args):
        raise Exception('hook failed')
    def __repr__(self):
        return '<failing hook>'
sys.unraisablehook = Failing()
report(ValueError('lost'), 'never shown', None)
sys.unraisablehook = sys.__unraisablehook__
