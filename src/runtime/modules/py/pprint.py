"""mempy's stand-in for CPython's `pprint` module (compiled from this source at
first import).

It owns pprint(), pformat(), pp(), saferepr(), isreadable(), isrecursive() and the
PrettyPrinter class. The code is mempy's own, written from the module's documented
behaviour and from watching what python3 prints: where to break lines, how far to
indent and how the width/indent/depth/compact/sort_dicts/underscore_numbers options
act are chosen so the text is byte-for-byte what CPython 3.11 writes.

How it works: every value is first rendered on one line (the "flat" text, see
PrettyPrinter._flat). When that does not fit in the room left on the current line,
a value of a known container type is laid out over several lines by one of the
`_lay_*` methods, each child again getting the flat-or-laid-out treatment. Nothing
is memoised: every value's repr is taken as often as CPython's pprint takes it, so a
`__repr__` with side effects (a counter, a print) sees the same calls.

Layouts exist for dict, list, tuple, set, frozenset, str, bytes, bytearray,
OrderedDict, defaultdict, Counter, deque, ChainMap (when collections has it),
UserDict, UserList, UserString, types.SimpleNamespace, mappingproxy and dataclass
instances whose repr is the generated one. The recursion marker includes id(), as
in CPython, so it differs between runs.
"""

import sys as _sys
import types as _types
import collections as _collections

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Print the pretty form of `object` and a newline to `stream` (default
    sys.stdout)."""
    PrettyPrinter(indent, width, depth, stream, compact=compact,
                  sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty form of `object` as a string."""
    printer = PrettyPrinter(indent, width, depth, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dicts keep their insertion order unless asked."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


_stock = []


def _stock_printer():
    # One default-configured printer, shared by the module-level helpers below.
    if not _stock:
        _stock.append(PrettyPrinter())
    return _stock[0]


def saferepr(object):
    """repr()-like text that shows recursive structures with a marker."""
    return _stock_printer()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """True when saferepr(object) is text that eval() could turn back into it."""
    return _stock_printer()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """True when object refers to itself somewhere inside."""
    return _stock_printer()._safe_repr(object, {}, None, 0)[2]


# ---------------------------------------------------------------------------
# Helpers.

class _Ordered:
    """Sort key: values compare naturally where they can; values that refuse to
    compare are grouped by the text of their type, then ordered by identity."""

    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        a = self.v
        b = other.v
        try:
            return a < b
        except TypeError:
            ta = str(type(a))
            tb = str(type(b))
            if ta != tb:
                return ta < tb
            return id(a) < id(b)


def _key_order(pair):
    # Dict items are ordered by key alone (keys are distinct).
    return _Ordered(pair[0])


def _marker(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


def _words(line):
    """Cut `line` where a non-space character follows whitespace: every piece is
    a word with the blanks after it (the first piece may be blanks only)."""
    pieces = []
    start = 0
    after_blank = False
    for pos, ch in enumerate(line):
        blank = ch.isspace()
        if after_blank and not blank:
            pieces.append(line[start:pos])
            start = pos
        after_blank = blank
    pieces.append(line[start:])
    return pieces


def _byte_chunks(data, room, tail):
    """reprs of consecutive slices of `data`, made of 4-byte groups, each as long
    as fits in `room` columns; a final short group must also leave `tail`."""
    out = []
    acc = b""
    short_from = len(data) - len(data) % 4
    for start in range(0, len(data), 4):
        group = data[start:start + 4]
        if start == short_from:
            room -= tail
        trial = acc + group
        if len(repr(trial)) > room:
            if acc:
                out.append(repr(acc))
            acc = group
        else:
            acc = trial
    if acc:
        out.append(repr(acc))
    return out


def _has_generated_repr(obj):
    # A dataclass instance (not the class) whose __repr__ is the one @dataclass
    # wrote. mempy's dataclasses module defines those methods itself, so they are
    # recognised by the module they come from.
    cls = type(obj)
    if isinstance(obj, type) or not hasattr(cls, "__dataclass_fields__"):
        return False
    method = getattr(cls, "__repr__", None)
    if getattr(method, "__module__", None) == "dataclasses":
        return True
    # (CPython's generated methods are instead made by a __create_fn__ helper.)
    inner = getattr(method, "__wrapped__", None)
    return "__create_fn__" in getattr(inner, "__qualname__", "")


# Types whose flat text is simply their repr().
_ATOMS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})

_int_repr = int.__repr__
_dict_repr = dict.__repr__
_list_repr = list.__repr__
_tuple_repr = tuple.__repr__


# ---------------------------------------------------------------------------

class PrettyPrinter:
    """Formats Python values over several lines when they do not fit in one.

    indent: columns added per nesting level; width: the line length aimed at;
    depth: nesting levels shown before "..." replaces the contents; stream:
    where pprint() writes (sys.stdout when None); compact: put as many short
    sequence items on a line as fit; sort_dicts: show dict items ordered by
    key; underscore_numbers: group the digits of ints with underscores.
    """

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._step = indent
        self._width = width
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        cls = type(self)
        # A subclass that changes `format` sees every value go through it.
        self._hooked = (cls.format is not PrettyPrinter.format
                        or cls._safe_repr is not PrettyPrinter._safe_repr)

    # -- public entry points ------------------------------------------------

    def pprint(self, object):
        stream = self._stream
        if stream is None:
            return
        self._top(object, stream.write)
        stream.write("\n")

    def pformat(self, object):
        pieces = []
        self._top(object, pieces.append)
        return "".join(pieces)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (text, readable, recursive) for `object` shown on one line.

        `context` holds the ids of the containers being shown around it,
        `maxlevels` the depth limit (falsy: none) and `level` how deep it sits.
        Subclasses may override this to change how values are shown.
        """
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        return self._flat(object, context, maxlevels, level)

    # -- one-line rendering -------------------------------------------------

    def _flat(self, obj, context, maxlevels, level):
        cls = type(obj)
        if cls in _ATOMS:
            return repr(obj), True, False
        # The builtin types' own __repr__ cannot be replaced: no lookup for them.
        if cls is tuple:
            how = _tuple_repr
        elif cls is int:
            how = _int_repr
        elif cls is list:
            how = _list_repr
        elif cls is dict:
            how = _dict_repr
        else:
            how = getattr(cls, "__repr__", None)
        if how is _int_repr:
            if self._underscore_numbers:
                return format(obj, "_d"), True, False
            return repr(obj), True, False
        if how is _dict_repr:
            if not obj:
                return "{}", True, False
            return self._flat_members(obj, "{", "}", True,
                                      context, maxlevels, level)
        if how is _list_repr:
            if not obj:
                return "[]", True, False
            return self._flat_members(obj, "[", "]", False,
                                      context, maxlevels, level)
        if how is _tuple_repr:
            if not obj:
                return "()", True, False
            closer = ",)" if len(obj) == 1 else ")"
            return self._flat_members(obj, "(", closer, False,
                                      context, maxlevels, level)
        text = repr(obj)
        return text, (text and not text.startswith("<")), False

    def _flat_members(self, obj, opener, closer, pairs, context, maxlevels,
                      level):
        ident = id(obj)
        if maxlevels and level >= maxlevels:
            return opener + "..." + closer, False, ident in context
        if ident in context:
            return _marker(obj), False, True
        render = self.format if self._hooked else self._flat
        context[ident] = 1
        level += 1
        readable = True
        recursive = False
        texts = []
        if pairs:
            for k, v in self._dict_items(obj):
                ktext, kread, krec = render(k, context, maxlevels, level)
                vtext, vread, vrec = render(v, context, maxlevels, level)
                texts.append(ktext + ": " + vtext)
                readable = readable and kread and vread
                if krec or vrec:
                    recursive = True
        else:
            for item in obj:
                text, ok, rec = render(item, context, maxlevels, level)
                texts.append(text)
                if not ok:
                    readable = False
                if rec:
                    recursive = True
        del context[ident]
        if texts:
            # One join makes the text: gluing the brackets onto a joined text
            # would copy a big container's whole text twice more.
            texts[0] = opener + texts[0]
            texts[-1] = texts[-1] + closer
            return ", ".join(texts), readable, recursive
        return opener + closer, readable, recursive

    def _dict_items(self, d):
        if not self._sort_dicts:
            return d.items()
        # Keys that are all exact ints or all exact strs compare among themselves
        # without running any code and never tie (dict keys are distinct), so the
        # natural order of the (key, value) pairs is the order _Ordered gives.
        plain = None
        for k in d:
            t = type(k)
            if plain is None:
                plain = t
                if t is not int and t is not str:
                    break
            elif t is not plain:
                plain = None
                break
        if plain is int or plain is str:
            return sorted(d.items())
        return sorted(d.items(), key=_key_order)

    def _brief(self, obj, open_ids, level):
        # The one-line text of obj as a child of the containers in open_ids.
        if self._hooked:
            return self.format(obj, open_ids.copy(), self._depth, level)[0]
        return self._flat(obj, open_ids, self._depth, level)[0]

    # -- multi-line layout --------------------------------------------------

    def _top(self, obj, write):
        self._emit(obj, write, 0, 0, {}, 0)

    def _emit(self, obj, write, col, tail, open_ids, level):
        """Write obj starting at column `col`, keeping `tail` columns free after
        it on its last line for the punctuation that follows."""
        ident = id(obj)
        if ident in open_ids:
            write(_marker(obj))
            return
        text = self._brief(obj, open_ids, level)
        if len(text) > self._width - col - tail:
            lay = _layout_of(obj)
            if lay is not None:
                open_ids[ident] = 1
                lay(self, obj, write, col, tail, open_ids, level + 1)
                del open_ids[ident]
                return
        write(text)

    def _lay_items(self, items, write, col, tail, open_ids, level):
        # The members of a list/tuple/set/deque, one per line, or packed
        # several to a line in compact mode.
        col += self._step
        if self._step > 1:
            write(" " * (self._step - 1))
        newline = ",\n" + " " * col
        seq = items if type(items) is list else list(items)
        count = len(seq)
        full = room = self._width - col + 1
        sep = ""
        for i in range(count):
            item = seq[i]
            last = i == count - 1
            if last:
                full -= tail
                room -= tail
            if self._compact:
                text = self._brief(item, open_ids, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    write(sep)
                    write(text)
                    sep = ", "
                    continue
            write(sep)
            sep = newline
            self._emit(item, write, col, tail if last else 1, open_ids, level)

    def _lay_pairs(self, pairs, write, col, tail, open_ids, level):
        # "key: value" lines of a mapping; a value continues under itself.
        col += self._step
        newline = ",\n" + " " * col
        left = len(pairs)
        for k, v in pairs:
            left -= 1
            ktext = self._brief(k, open_ids, level)
            write(ktext)
            write(": ")
            self._emit(v, write, col + len(ktext) + 2, 1 if left else tail,
                       open_ids, level)
            if left:
                write(newline)

    def _lay_fields(self, fields, write, col, tail, open_ids, level):
        # "name=value" lines of a namespace or dataclass; a value that is one
        # of the enclosing objects is shown as "...".
        newline = ",\n" + " " * col
        fields = list(fields)
        left = len(fields)
        for name, value in fields:
            left -= 1
            write(name)
            write("=")
            if id(value) in open_ids:
                write("...")
            else:
                self._emit(value, write, col + len(name) + 1,
                           1 if left else tail, open_ids, level)
            if left:
                write(newline)

    def _lay_dict(self, obj, write, col, tail, open_ids, level):
        write("{")
        if self._step > 1:
            write(" " * (self._step - 1))
        if obj:
            self._lay_pairs(self._dict_items(obj), write, col, tail + 1,
                            open_ids, level)
        write("}")

    def _lay_list(self, obj, write, col, tail, open_ids, level):
        write("[")
        self._lay_items(obj, write, col, tail + 1, open_ids, level)
        write("]")

    def _lay_tuple(self, obj, write, col, tail, open_ids, level):
        closer = ",)" if len(obj) == 1 else ")"
        write("(")
        self._lay_items(obj, write, col, tail + len(closer), open_ids, level)
        write(closer)

    def _lay_set(self, obj, write, col, tail, open_ids, level):
        if not obj:
            write(repr(obj))
            return
        if type(obj) is set:
            opener, closer = "{", "}"
        else:
            name = type(obj).__name__
            opener, closer = name + "({", "})"
            col += len(name) + 1
        write(opener)
        self._lay_items(sorted(obj, key=_Ordered), write, col,
                        tail + len(closer), open_ids, level)
        write(closer)

    def _lay_str(self, obj, write, col, tail, open_ids, level):
        if not obj:
            write(repr(obj))
            return
        # At the top, the pieces are joined by a pair of parentheses.
        parens = level == 1
        if parens:
            col += 1
            tail += 1
        room = self._width - col
        lines = obj.splitlines(True)
        final_line = len(lines) - 1
        pieces = []
        for i, line in enumerate(lines):
            whole = repr(line)
            limit = room - tail if i == final_line else room
            if len(whole) <= limit:
                pieces.append(whole)
                continue
            words = _words(line)
            final_word = len(words) - 1
            acc = ""
            for j, word in enumerate(words):
                limit = room
                if i == final_line and j == final_word:
                    limit -= tail
                trial = acc + word
                if len(repr(trial)) > limit:
                    if acc:
                        pieces.append(repr(acc))
                    acc = word
                else:
                    acc = trial
            if acc:
                pieces.append(repr(acc))
        if len(pieces) == 1:
            write(pieces[0])
            return
        if parens:
            write("(")
        write(("\n" + " " * col).join(pieces))
        if parens:
            write(")")

    def _lay_bytes(self, obj, write, col, tail, open_ids, level):
        if len(obj) <= 4:
            write(repr(obj))
            return
        parens = level == 1
        if parens:
            col += 1
            tail += 1
            write("(")
        chunks = _byte_chunks(obj, self._width - col, tail)
        write(("\n" + " " * col).join(chunks))
        if parens:
            write(")")

    def _lay_bytearray(self, obj, write, col, tail, open_ids, level):
        write("bytearray(")
        self._lay_bytes(bytes(obj), write, col + 10, tail + 1, open_ids,
                        level + 1)
        write(")")

    def _lay_ordered_dict(self, obj, write, col, tail, open_ids, level):
        if not obj:
            write(repr(obj))
            return
        name = type(obj).__name__
        write(name + "(")
        self._emit(list(obj.items()), write, col + len(name) + 1, tail + 1,
                   open_ids, level)
        write(")")

    def _lay_default_dict(self, obj, write, col, tail, open_ids, level):
        if not obj:
            write(repr(obj))
            return
        factory = self._brief(obj.default_factory, open_ids, level)
        name = type(obj).__name__
        col += len(name) + 1
        write(name + "(" + factory + ",\n" + " " * col)
        self._lay_dict(obj, write, col, tail + 1, open_ids, level)
        write(")")

    def _lay_counter(self, obj, write, col, tail, open_ids, level):
        if not obj:
            write(repr(obj))
            return
        name = type(obj).__name__
        write(name + "({")
        if self._step > 1:
            write(" " * (self._step - 1))
        self._lay_pairs(obj.most_common(), write, col + len(name) + 1,
                        tail + 2, open_ids, level)
        write("})")

    def _lay_deque(self, obj, write, col, tail, open_ids, level):
        if not obj:
            write(repr(obj))
            return
        name = type(obj).__name__
        col += len(name) + 1
        write(name + "([")
        if obj.maxlen is None:
            self._lay_items(obj, write, col, tail + 2, open_ids, level)
            write("])")
            return
        self._lay_items(obj, write, col, 2, open_ids, level)
        limit = self._brief(obj.maxlen, open_ids, level)
        write("],\n" + " " * col + "maxlen=" + limit + ")")

    def _lay_chain_map(self, obj, write, col, tail, open_ids, level):
        maps = obj.maps
        if not maps:
            write(repr(obj))
            return
        name = type(obj).__name__
        col += len(name) + 1
        write(name + "(")
        for i, m in enumerate(maps):
            if i:
                write(",\n" + " " * col)
            last = i == len(maps) - 1
            self._emit(m, write, col, tail + 1 if last else 1, open_ids, level)
        write(")")

    def _lay_user_wrapper(self, obj, write, col, tail, open_ids, level):
        # UserDict / UserList: shown as the dict or list they wrap.
        self._emit(obj.data, write, col, tail, open_ids, level - 1)

    def _lay_user_string(self, obj, write, col, tail, open_ids, level):
        self._lay_str(obj.data, write, col, tail, open_ids, level)

    def _lay_namespace(self, obj, write, col, tail, open_ids, level):
        if type(obj) is _types.SimpleNamespace:
            name = "namespace"   # the name its repr uses
        else:
            name = type(obj).__name__
        write(name + "(")
        self._lay_fields(obj.__dict__.items(), write, col + len(name) + 1,
                         tail, open_ids, level)
        write(")")

    def _lay_dataclass(self, obj, write, col, tail, open_ids, level):
        from dataclasses import fields as _fields
        name = type(obj).__name__
        shown = [(f.name, getattr(obj, f.name)) for f in _fields(obj) if f.repr]
        write(name + "(")
        self._lay_fields(shown, write, col + len(name) + 1, tail, open_ids,
                         level)
        write(")")

    def _lay_mappingproxy(self, obj, write, col, tail, open_ids, level):
        write("mappingproxy(")
        self._emit(obj.copy(), write, col + 13, tail + 1, open_ids, level)
        write(")")


# Which layout a type gets, keyed by its __repr__ (so a subclass that writes
# its own __repr__ is printed with it, on one line).
_LAYOUTS = {
    dict.__repr__: PrettyPrinter._lay_dict,
    list.__repr__: PrettyPrinter._lay_list,
    tuple.__repr__: PrettyPrinter._lay_tuple,
    set.__repr__: PrettyPrinter._lay_set,
    frozenset.__repr__: PrettyPrinter._lay_set,
    str.__repr__: PrettyPrinter._lay_str,
    bytes.__repr__: PrettyPrinter._lay_bytes,
    bytearray.__repr__: PrettyPrinter._lay_bytearray,
    _collections.OrderedDict.__repr__: PrettyPrinter._lay_ordered_dict,
    _collections.defaultdict.__repr__: PrettyPrinter._lay_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._lay_counter,
    _collections.deque.__repr__: PrettyPrinter._lay_deque,
    _types.SimpleNamespace.__repr__: PrettyPrinter._lay_namespace,
    _types.MappingProxyType.__repr__: PrettyPrinter._lay_mappingproxy,
}

_late = []


def _add_late_layouts():
    # ChainMap and the User* wrappers live in modules that are loaded only on
    # demand; they are added the first time a lookup misses after they appear.
    loaded = vars(_collections)
    if _late or "UserDict" not in loaded:
        return False
    _late.append(True)
    _LAYOUTS[loaded["UserDict"].__repr__] = PrettyPrinter._lay_user_wrapper
    _LAYOUTS[loaded["UserList"].__repr__] = PrettyPrinter._lay_user_wrapper
    _LAYOUTS[loaded["UserString"].__repr__] = PrettyPrinter._lay_user_string
    return True


_chain_map = getattr(_collections, "ChainMap", None)
if _chain_map is not None:
    _LAYOUTS[_chain_map.__repr__] = PrettyPrinter._lay_chain_map


def _layout_of(obj):
    lay = _LAYOUTS.get(type(obj).__repr__)
    if lay is None:
        if _has_generated_repr(obj):
            return PrettyPrinter._lay_dataclass
        if _add_late_layouts():
            lay = _LAYOUTS.get(type(obj).__repr__)
    return lay
