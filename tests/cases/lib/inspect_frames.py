# inspect over frame objects: currentframe, getframeinfo, stack, trace.
import inspect
def f():
    fr = inspect.currentframe()
    print(fr.f_code.co_name, inspect.getframeinfo(fr).lineno, inspect.getframeinfo(fr).code_context)
    st = inspect.stack()
    print([x.function for x in st], st[0].lineno, st[1].code_context, st[0].index)
    print(inspect.isframe(fr), inspect.istraceback(fr), inspect.iscode(fr.f_code))
    try:
        1/0
    except ZeroDivisionError:
        print([(x.function, x.lineno) for x in inspect.trace()])
    print(inspect.getframeinfo(fr, context=3))
f()
