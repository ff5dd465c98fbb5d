# pydoc renders a class's text documentation as CPython's does: the signature, the
# docstring, the MRO, and the attributes grouped by kind and defining class.
import pydoc
import inspect
import io


class Base:
    """A base class.

    With a longer description."""

    def method(self, x, y=2):
        """Adds things."""
        return x + y

    @classmethod
    def make(cls, n):
        "Makes one."
        return cls()

    @staticmethod
    def helper(*args, **kw):
        pass

    @property
    def size(self):
        """The size."""
        return 3

    limit = 10


class Child(Base):
    def __init__(self, a, *, b=None):
        self.a = a

    def method(self, x, y=2):
        return x

    colour = 'red'


def free(a, b=(1, 2), *c, d, **e):
    """A free function."""


print(pydoc.render_doc(Child, renderer=pydoc.plaintext))
print(pydoc.render_doc(free, renderer=pydoc.plaintext))
print(pydoc.render_doc(Base.method, renderer=pydoc.plaintext))
out = io.StringIO()
pydoc.Helper(output=out)(Base)
print(out.getvalue())
print(pydoc.describe(Base), pydoc.describe(free), pydoc.describe(pydoc), pydoc.describe(3))
print(pydoc.locate('io.StringIO') is io.StringIO, pydoc.locate('no.such.thing'))
print(pydoc.getdoc(Child.method), '|', pydoc.getdoc(Base))
print(pydoc.classname(Base, '__main__'), pydoc.classname(io.StringIO, '__main__'))
print(pydoc.cram('abcdefghijklmnop', 10), pydoc.visiblename('_x'), pydoc.visiblename('__init__'))
print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(Child)
       if not a.name.startswith('__')])
print(pydoc.plain(pydoc.text.bold('hi')))
