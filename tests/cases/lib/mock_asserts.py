# unittest.mock's assert_* methods: what passes, and CPython's failure messages
# (names of child mocks, "Actual: not called.", the Calls: list, any_order).
from unittest.mock import Mock, call, ANY


def show(f):
    try:
        f()
        print('passed')
    except AssertionError as e:
        print('AssertionError:', e)


m = Mock()
show(m.assert_not_called)
show(m.assert_called)
show(m.foo.assert_called_once)
show(lambda: m.foo.assert_called_with(1, a=2))
show(lambda: m.assert_called_once_with())
m.foo(3)
show(m.foo.assert_called)
show(m.foo.assert_called_once)
show(lambda: m.foo.assert_called_with(3))
show(lambda: m.foo.assert_called_with(ANY))
show(lambda: m.foo.assert_called_with(1))
show(lambda: m.foo.assert_called_once_with(3))
m.foo(4, k='v')
show(m.foo.assert_not_called)
show(m.foo.assert_called_once)
show(lambda: m.foo.assert_called_once_with(4, k='v'))
show(lambda: m.foo.assert_any_call(3))
show(lambda: m.foo.assert_any_call(9))
show(lambda: m.foo.assert_has_calls([call(3), call(4, k='v')]))
show(lambda: m.foo.assert_has_calls([call(4, k='v'), call(3)]))
show(lambda: m.foo.assert_has_calls([call(4, k='v'), call(3)], any_order=True))
show(lambda: m.foo.assert_has_calls([call(1)], any_order=True))
show(lambda: m.assert_has_calls([call.foo(3)]))
show(lambda: m.assert_called_once_with(2))
n = Mock(name='named')
show(lambda: n.assert_called_with(1))
n(2)
show(lambda: n.assert_called_with(1))
show(n.assert_not_called)
