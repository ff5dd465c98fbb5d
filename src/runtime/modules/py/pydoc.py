# mempy's `pydoc` (written anew from the documented behaviour of CPython's
# Lib/pydoc.py): the plain-text documentation renderer behind help(). `render_doc`
# describes an object and documents it with `TextDoc` (modules, classes with their
# MRO and their attributes grouped by kind and defining class, functions with their
# signatures, data descriptors and other data); `Helper(output=...)` writes that text
# to a stream, `doc` to `output` or standard output; `locate`/`resolve` find an object
# by dotted name; `getdoc`, `describe`, `classname`, `visiblename`, `isdata`,
# `splitdoc`, `replace`, `cram`, `stripid`, `allmethods`, `plain` and `pager` are the
# helpers the renderer uses.
#
# Left out: the HTML renderer and documentation server, the interactive help> loop
# of `Helper()` (topics and keywords need CPython's pydoc_data), module listings
# (`apropos`, `ModuleScanner`) and the command line.

import builtins
import inspect
import re
import sys

__all__ = ['help']

_HIDDEN = {'__author__', '__builtins__', '__cached__', '__credits__', '__date__',
           '__doc__', '__file__', '__spec__', '__loader__', '__module__', '__name__',
           '__package__', '__path__', '__qualname__', '__slots__', '__version__'}


class ErrorDuringImport(Exception):
    """An error raised while importing a module being documented."""

    def __init__(self, filename, exc_info):
        if isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


# ----- documentation strings ----------------------------------------------------------

def _own_doc(obj):
    # The object's own __doc__, unless it is just its type's.
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        typedoc = type(obj).__doc__
        if isinstance(typedoc, str) and typedoc == doc:
            return None
    return doc


def _getdoc(obj):
    doc = _own_doc(obj)
    if doc is None and not inspect.isclass(obj):
        # A routine or descriptor without a docstring takes the one of the same
        # name further along its class's MRO.
        try:
            doc = inspect._finddoc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(object):
    """The cleaned documentation string of an object ('' when it has none)."""
    result = _getdoc(object)
    return result and re.sub('^ *\n', '', result.rstrip()) or ''


def splitdoc(doc):
    """A docstring's synopsis line (if any) and the rest."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


# ----- small helpers ------------------------------------------------------------------

def classname(object, modname):
    """A class's name, qualified with its module unless that is `modname`."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def isdata(object):
    """Whether an object is documented as data (not a module, class, routine, ...)."""
    return not (inspect.ismodule(object) or inspect.isclass(object)
                or inspect.isroutine(object) or inspect.isframe(object)
                or inspect.istraceback(object) or inspect.iscode(object))


def replace(text, *pairs):
    """`text` with each (old, new) pair of `pairs` replaced in turn."""
    for i in range(0, len(pairs) - 1, 2):
        text = text.replace(pairs[i], pairs[i + 1])
    return text


def cram(text, maxlen):
    """`text` shortened to `maxlen` characters by an ellipsis in its middle."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


_ADDRESS = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def stripid(text):
    """A repr without its ` at 0x...` address."""
    return _ADDRESS.sub(r'\1', text)


def plain(text):
    """Text with the overstruck bold of the terminal renderer removed."""
    return re.sub('.\b', '', text)


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        owner = getattr(fn, '__self__', None)
        return not (inspect.ismodule(owner) or owner is None)
    return False


def allmethods(cl):
    """The routines of a class and its bases, by name."""
    names = {}
    for key, _ in inspect.getmembers(cl, inspect.isroutine):
        names[key] = 1
    for base in cl.__bases__:
        names.update(allmethods(base))
    return {key: getattr(cl, key) for key in names}


def _split(items, predicate):
    yes, no = [], []
    for x in items:
        (yes if predicate(x) else no).append(x)
    return yes, no


def visiblename(name, all=None, obj=None):
    """Whether a name is shown: special names yes, the module bookkeeping ones and
    private ones (but a named tuple's) no, and only `all`'s names when given."""
    if name in _HIDDEN:
        return 0
    if name.startswith('__') and name.endswith('__'):
        return 1
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if all is not None:
        return name in all
    return not name.startswith('_')


def classify_class_attrs(object):
    """inspect.classify_class_attrs, with data descriptors and read-only properties
    told apart."""
    out = []
    for name, kind, cls, value in inspect.classify_class_attrs(object):
        if inspect.isdatadescriptor(value):
            kind = 'data descriptor'
            if isinstance(value, property) and value.fset is None:
                kind = 'readonly property'
        out.append((name, kind, cls, value))
    return out


def sort_attributes(attrs, object):
    """Sorts attributes by name, a named tuple's fields first in field order."""
    fields = getattr(object, '_fields', [])
    try:
        order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        order = {}
    attrs.sort(key=lambda a: (order.get(a[0], 0), a[0]))


# ----- the text renderer ----------------------------------------------------------------

class _Repr:
    # reprlib-style shortening of values shown in documentation.
    maxlevel = 6
    maxstring = 30
    maxother = 100

    def repr(self, x):
        if isinstance(x, str):
            text = repr(x[:self.maxstring * 2])
            if len(text) > self.maxstring:
                text = cram(repr(x), self.maxstring)
            return text
        try:
            text = repr(x)
        except Exception:
            return '<%s instance>' % type(x).__name__
        return cram(stripid(text), self.maxother)


class TextDoc:
    """Plain-text documentation, with names in overstruck bold."""

    _repr = _Repr()

    def repr(self, object):
        return self._repr.repr(object)

    def bold(self, text):
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        # Every line prefixed; only the last one stripped of trailing blanks.
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, object, name=None, *args):
        """Documents any object with the renderer for its kind."""
        args = (object, name) + args
        try:
            if inspect.ismodule(object):
                return self.docmodule(*args)
            if inspect.isclass(object):
                return self.docclass(*args)
            if inspect.isroutine(object):
                return self.docroutine(*args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(object):
            return self.docdata(*args)
        return self.docother(*args)

    def formatvalue(self, object):
        return '=' + self.repr(object)

    def docmodule(self, object, name=None, mod=None, *ignored):
        name = object.__name__
        synopsis, desc = splitdoc(getdoc(object))
        result = self.section('NAME', name + (synopsis and ' - ' + synopsis))
        if desc:
            result += self.section('DESCRIPTION', desc)
        all = getattr(object, '__all__', None)
        classes, funcs, data = [], [], []
        for key, value in inspect.getmembers(object):
            if inspect.isclass(value):
                if (all is not None or (inspect.getmodule(value) or object) is object) \
                        and visiblename(key, all, object):
                    classes.append((key, value))
            elif inspect.isroutine(value):
                if (all is not None or inspect.isbuiltin(value)
                        or inspect.getmodule(value) is object) \
                        and visiblename(key, all, object):
                    funcs.append((key, value))
            elif isdata(value) and visiblename(key, all, object):
                data.append((key, value))
        if classes:
            contents = [self.document(value, key, name) for key, value in classes]
            result += self.section('CLASSES', '\n'.join(contents))
        if funcs:
            contents = [self.document(value, key, name) for key, value in funcs]
            result += self.section('FUNCTIONS', '\n'.join(contents))
        if data:
            contents = [self.docother(value, key, name, maxlen=70) for key, value in data]
            result += self.section('DATA', '\n'.join(contents))
        version = getattr(object, '__version__', None)
        if version is not None:
            result += self.section('VERSION', str(version))
        file = getattr(object, '__file__', None)
        result += self.section('FILE', file if file else '(built-in)')
        return result

    def docclass(self, object, name=None, mod=None, *ignored):
        realname = object.__name__
        name = name or realname
        here = object.__module__

        def qualify(c):
            return classname(c, here)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if object.__bases__:
            title += '(%s)' % ', '.join(map(qualify, object.__bases__))

        lines = []
        try:
            sig = inspect.signature(object)
        except (ValueError, TypeError):
            sig = None
        if sig:
            spec = str(sig)
            if spec and spec != '()':
                lines.append(name + spec + '\n')
        doc = getdoc(object)
        if doc:
            lines.append(doc + '\n')

        mro = list(inspect.getmro(object))
        if len(mro) > 2:
            lines.append('Method resolution order:')
            lines.extend('    ' + qualify(base) for base in mro)
            lines.append('')

        builtin_subs = sorted((str(c.__name__) for c in type.__subclasses__(object)
                               if not c.__name__.startswith('_')
                               and c.__module__ == 'builtins'), key=str.lower)
        if builtin_subs:
            lines.append('Built-in subclasses:')
            lines.extend('    ' + n for n in builtin_subs[:4])
            if len(builtin_subs) > 4:
                lines.append('    ... and %d other subclasses' % (len(builtin_subs) - 4))
            lines.append('')

        rule = []

        def section(title, attrs, predicate, render):
            shown, rest = _split(attrs, predicate)
            if shown:
                if rule:
                    lines.append('-' * 70)
                rule.append(1)
                lines.append(title)
                for entry in shown:
                    lines.append(render(entry))
            return rest

        def routine(entry):
            aname, kind, home, value = entry
            try:
                value = getattr(object, aname)
            except Exception:
                return self.docdata(value, aname, mod)
            return self.document(value, aname, mod, object)

        def descriptor(entry):
            return self.docdata(entry[3], entry[0], mod)

        def data(entry):
            aname, kind, home, value = entry
            vdoc = getdoc(value)
            try:
                obj = getattr(object, aname)
            except AttributeError:
                obj = home.__dict__[aname]
            return self.docother(obj, aname, mod, maxlen=70, doc=vdoc) + '\n'

        attrs = [a for a in classify_class_attrs(object) if visiblename(a[0], obj=object)]
        pending = list(mro)
        while attrs:
            thisclass = pending.pop(0) if pending else attrs[0][2]
            attrs, inherited = _split(attrs, lambda a: a[2] is thisclass)
            if object is not builtins.object and thisclass is builtins.object:
                attrs = inherited
                continue
            if thisclass is object:
                tag = 'defined here'
            else:
                tag = 'inherited from %s' % classname(thisclass, here)
            sort_attributes(attrs, object)
            attrs = section('Methods %s:\n' % tag, attrs,
                            lambda a: a[1] == 'method', routine)
            attrs = section('Class methods %s:\n' % tag, attrs,
                            lambda a: a[1] == 'class method', routine)
            attrs = section('Static methods %s:\n' % tag, attrs,
                            lambda a: a[1] == 'static method', routine)
            attrs = section('Readonly properties %s:\n' % tag, attrs,
                            lambda a: a[1] == 'readonly property', descriptor)
            attrs = section('Data descriptors %s:\n' % tag, attrs,
                            lambda a: a[1] == 'data descriptor', descriptor)
            attrs = section('Data and other attributes %s:\n' % tag, attrs,
                            lambda a: a[1] == 'data', data)
            attrs = inherited

        body = '\n'.join(lines)
        if not body:
            return title + '\n'
        return title + '\n' + self.indent(body.rstrip(), ' |  ') + '\n'

    def docroutine(self, object, name=None, mod=None, cl=None):
        realname = object.__name__
        name = name or realname
        note = ''
        skipdocs = False
        if _is_bound_method(object):
            owner_cls = object.__self__.__class__
            if cl:
                if owner_cls is not cl:
                    note = ' from ' + classname(owner_cls, mod)
            elif object.__self__ is not None:
                note = ' method of %s instance' % classname(object.__self__.__class__, mod)
            else:
                note = ' unbound %s method' % classname(owner_cls, mod)
        prefix = ''
        if inspect.iscoroutinefunction(object) or inspect.isasyncgenfunction(object):
            prefix = 'async '
        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is object:
                skipdocs = True
            title = self.bold(name) + ' = ' + realname
        spec = None
        if inspect.isroutine(object):
            try:
                sig = inspect.signature(object)
            except (ValueError, TypeError):
                sig = None
            if sig:
                spec = str(sig)
                if realname == '<lambda>':
                    title = self.bold(name) + ' lambda '
                    spec = spec[1:-1]
        decl = prefix + title + (spec or '(...)') + note
        if skipdocs:
            return decl + '\n'
        doc = getdoc(object) or ''
        return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, object, name=None, mod=None, cl=None):
        out = ''
        if name:
            out += self.bold(name) + '\n'
        doc = getdoc(object) or ''
        if doc:
            out += self.indent(doc) + '\n'
        return out

    docproperty = docdata

    def docother(self, object, name=None, mod=None, parent=None, maxlen=None, doc=None):
        text = self.repr(object)
        if maxlen:
            line = (name and name + ' = ' or '') + text
            over = maxlen - len(line)
            if over < 0:
                text = text[:over] + '...'
        line = (name and self.bold(name) + ' = ' or '') + text
        if not doc:
            doc = getdoc(object)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line


class _PlainTextDoc(TextDoc):
    """TextDoc without the overstruck bold."""

    def bold(self, text):
        return text


text = TextDoc()
plaintext = _PlainTextDoc()


# ----- finding and showing documentation ------------------------------------------------

def describe(thing):
    """A short description of an object: 'class C', 'function f', 'module m', ..."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def safeimport(path, forceload=0, cache={}):
    """The module named `path`, or None when there is none."""
    try:
        module = __import__(path)
    except ImportError as exc:
        if getattr(exc, 'name', None) == path or path.startswith(str(getattr(exc, 'name', ''))):
            return None
        raise ErrorDuringImport(path, exc)
    except Exception as exc:
        raise ErrorDuringImport(path, exc)
    for part in path.split('.')[1:]:
        try:
            module = getattr(module, part)
        except AttributeError:
            return None
    return module


def locate(path, forceload=0):
    """The object a dotted name names, importing modules as needed; None if none."""
    parts = [p for p in path.split('.') if p]
    module, n = None, 0
    while n < len(parts):
        found = safeimport('.'.join(parts[:n + 1]), forceload)
        if not found:
            break
        module, n = found, n + 1
    obj = module if module else builtins
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    """An object (found by name when `thing` is a str) and its name."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        return obj, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s', forceload=0,
               renderer=None):
    """The text documentation of an object or of the object a dotted name names."""
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not obj:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
            or inspect.isdatadescriptor(obj) or _getdoc(obj)):
        # Data or an instance: its type is documented instead.
        if hasattr(obj, '__origin__'):
            obj = obj.__origin__
        else:
            obj = type(obj)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(obj, name)


def pager(text):
    """Shows text: mempy writes it to standard output without paging."""
    sys.stdout.write(plain(text))
    if not text.endswith('\n'):
        sys.stdout.write('\n')


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None,
        is_cli=False):
    """Writes the documentation of an object to `output` (default: the pager)."""
    if output is None:
        try:
            pager(render_doc(thing, title, forceload))
        except ImportError as exc:
            if is_cli:
                raise
            print(exc)
    else:
        output.write(render_doc(thing, title, forceload, plaintext))


class Helper:
    """help(): `Helper(output=stream)(obj)` writes obj's documentation to stream."""

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return ('<%s.%s instance>' % (self.__class__.__module__, self.__class__.__qualname__))

    def __call__(self, request=None):
        if request is None:
            raise NotImplementedError("mempy's pydoc has no interactive help; "
                                      "use help(object)")
        self.help(request)

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
        if isinstance(request, Helper):
            self()
            return
        doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
        self.output.write('\n')


help = Helper()
