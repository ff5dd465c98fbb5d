# `warnings` (stands in for CPython's `warnings` and its C accelerator `_warnings`):
# warn() and warn_explicit(), the filter list and its six actions (error, ignore,
# always, default, module, once), the per-module `__warningregistry__`, the
# showwarning/formatwarning hooks and catch_warnings.
# Compiled from this source at first import.
#
# The registry bookkeeping follows what CPython's C implementation does (a
# 'version' entry, True values, "once" and "module" remembered per registry).
# The starting filters are a CPython 3.11 release build's, with the -W options and
# PYTHONWARNINGS (sys.warnoptions) in front of them. Stack levels are counted as
# CPython's C warn() counts them, over Python frames only: the frames of mempy's
# Python-written stand-ins for C modules (and of this module) are not counted.

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

# Each filter: (action, message pattern or None, category, module pattern or None,
# line number or 0); the first one that fits a warning decides its fate.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Bumped whenever the filters change, so that registries made under older
# filters are cleared before being consulted.
_generation = 0


def _filters_mutated():
    global _generation
    _generation += 1


# --- the warning record and how it is shown

class WarningMessage(object):

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename,
                                 self.lineno, self.line))


def _default_format(record):
    text = "%s:%s: %s: %s\n" % (record.filename, record.lineno,
                                record.category.__name__, record.message)
    source_line = record.line
    if source_line is None:
        try:
            import linecache
            source_line = linecache.getline(record.filename, record.lineno)
        except Exception:
            source_line = None
    if source_line:
        text += "  " + source_line.strip() + "\n"
    if record.source is not None:
        # Without tracemalloc running there is no allocation traceback to show
        # for the source object, and the text says how to get one.
        try:
            import tracemalloc
            tracing = tracemalloc.is_tracing()
        except Exception:
            tracing = True
        if not tracing:
            text += ("%s: Enable tracemalloc to get the object allocation "
                     "traceback\n" % record.category.__name__)
    return text


def _default_write(record):
    target = record.file if record.file is not None else sys.stderr
    if target is None:
        return
    try:
        target.write(_render(record))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default); may be replaced."""
    _default_write(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text a warning is shown as; may be replaced."""
    return _default_format(WarningMessage(message, category, filename, lineno,
                                          None, line))


# The hooks as the module defines them (CPython's names: code compares with
# them); a replacement installed by the user is recognised by differing.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning

# Where a warning that the user's hooks leave alone ends up; catch_warnings(
# record=True) points it at a list's append.
_sink = _default_write


def _render(record):
    hook = formatwarning
    if hook is _formatwarning_orig:
        return _default_format(record)
    return hook(record.message, record.category, record.filename,
                record.lineno, record.line)


def _deliver(record):
    hook = showwarning
    if hook is _showwarning_orig:
        _sink(record)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    hook(record.message, record.category, record.filename, record.lineno,
         record.file, record.line)


# --- the filter list

def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))


def _check_lineno(lineno):
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")


def _install(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter (at the front, or the back with append=True) whose message
    and module are regular expressions matched at the start of the text."""
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    _check_lineno(lineno)
    message_re = module_re = None
    if message or module:
        import re
        if message:
            message_re = re.compile(message, re.I)
        if module:
            module_re = re.compile(module)
    _install((action, message_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that looks at the category (and line number) only."""
    _check_action(action)
    _check_lineno(lineno)
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter."""
    del filters[:]
    _filters_mutated()


def _fits(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


# The lists and the default action as made, used when a program deletes the module
# attributes (CPython's C part keeps its own references).
_filters_kept = filters
_onceregistry_kept = onceregistry


def _choose_action(text, category, module, lineno):
    g = globals()
    for entry in g.get('filters', _filters_kept):
        action, msg_pat, cat, mod_pat, line = entry
        if line and line != lineno:
            continue
        if (issubclass(category, cat) and _fits(msg_pat, text)
                and _fits(mod_pat, module)):
            return action, entry
    return g.get('defaultaction', 'default'), None


# --- issuing

# The library modules written in Python that stand in for modules CPython writes
# in C. A C function has no frame, so a warning issued in one (or in code it
# calls) counts its stack levels from the Python code that called it: frames of
# these modules are passed over, as CPython's warn() never sees them.
_C_LEVEL_FILES = frozenset('<frozen %s>' % name for name in (
    'warnings', '_warnings', '_codecs', '_json', '_pickle', '_datetime',
    '_functools', '_queue', '_simplequeue', '_string', '_weakref', '_thread',
    'binascii', 'zlib', '_hashlib', '_md5', '_sha1', '_sha256', '_sha512',
    '_sha3', '_blake2', '_strptime', 'functools', '_functools', 'operator',
    'datetime', 'struct', 'pickle', 'io', 'decimal', 'contextvars',
    # The codecs' entry points (CPython's are its C functions: `Codec.decode`
    # of encodings.unicode_escape is `codecs.unicode_escape_decode`).
    'encodings'))


def _frame_at(stacklevel):
    # The frame `stacklevel` levels up from warn()'s caller (1 is the caller),
    # not counting the frames of C-level modules; None past the outermost.
    try:
        frame = sys._getframe(2)
    except ValueError:
        return None
    while frame is not None and frame.f_code.co_filename in _C_LEVEL_FILES:
        frame = frame.f_back
    while stacklevel > 1 and frame is not None:
        frame = frame.f_back
        while frame is not None and frame.f_code.co_filename in _C_LEVEL_FILES:
            frame = frame.f_back
        stacklevel -= 1
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning from the code `stacklevel` frames up; the filters decide
    whether it is shown, ignored or raised."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    caller = _frame_at(stacklevel)
    if caller is None:
        namespace, filename, lineno = sys.__dict__, "sys", 1
    else:
        namespace = caller.f_globals
        filename, lineno = caller.f_code.co_filename, caller.f_lineno
    module = namespace.get('__name__', "<string>")
    registry = namespace.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module=module,
                  registry=registry, module_globals=namespace, source=source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Issue a warning for an explicitly given place."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is not None and registry.get('version') != _generation:
        registry.clear()
        registry['version'] = _generation
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    seen_key = (text, category, lineno)
    if registry is not None and registry.get(seen_key):
        return
    action, entry = _choose_action(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[seen_key] = True
        if action in ("once", "module"):
            memory = registry
            if action == "once" and memory is None:
                memory = globals().get('onceregistry', _onceregistry_kept)
            if memory is not None:
                broad_key = (text, category)
                if memory.get(broad_key):
                    return
                memory[broad_key] = True
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                               % (action, entry))
    _deliver(WarningMessage(message, category, filename, lineno, source=source))


def _warn_unawaited_coroutine(coro):
    # Called by the VM when a coroutine that never ran is freed (CPython's
    # _PyErr_WarnUnawaitedCoroutine); the warning names the line running then.
    msg = f"coroutine '{coro.__qualname__}' was never awaited"
    warn(msg, category=RuntimeWarning, stacklevel=1, source=coro)


# --- -W options (sys.warnoptions)

class _OptionError(Exception):
    """A -W option that cannot be used."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    # action:message:category:module:lineno, trailing fields optional; message and
    # module match literally (the message at the start, case-insensitively; the
    # module in full).
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [''] * (5 - len(parts))
    action, message, category, module, lineno = [p.strip() for p in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        if message:
            message = re.escape(message)
        if module:
            module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    # The action an option names: empty is "default", "all" is "always", and any
    # prefix of an action's name is that action.
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    # A warning class named by an option: a builtin, or module.Class.
    if not category:
        return Warning
    if '.' not in category:
        import builtins as where
        name = category
    else:
        modname, _, name = category.rpartition('.')
        try:
            where = __import__(modname, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    try:
        cat = getattr(where, name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _deprecated(name, message="{name!r} is deprecated and slated for removal in "
                "Python {remove}", *, remove, _version=sys.version_info):
    """Warn that `name` is deprecated and goes in version `remove`, a (major, minor)
    pair; once that version is out (past its alphas) this is a RuntimeError instead."""
    when = "%d.%d" % (remove[0], remove[1])
    current = tuple(_version[:2])
    if current > tuple(remove) or (current == tuple(remove) and _version[3] != "alpha"):
        raise RuntimeError("%r was slated for removal after Python %s alpha"
                           % (name, when))
    warn(message.format(name=name, remove=when), DeprecationWarning, stacklevel=2)


# --- catch_warnings

class catch_warnings(object):
    """Saves the filters and showwarning on entry (optionally recording the
    warnings issued inside into a list) and puts them back on exit."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = module or sys.modules['warnings']
        self._entered = False
        self._extra = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules.get('warnings'):
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._sink)
        mod.filters = list(mod.filters)
        mod._filters_mutated()
        if self._extra is not None:
            mod.simplefilter(*self._extra)
        if not self._record:
            return None
        log = []
        mod._sink = log.append
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._sink = self._saved
        mod._filters_mutated()


# The -W options and PYTHONWARNINGS, in front of the default filters (the last one
# given ends up first).
_processoptions(sys.warnoptions)
