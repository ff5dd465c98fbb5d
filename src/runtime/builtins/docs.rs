//! Docstrings and signatures of the builtin functions: what `len.__doc__`,
//! `len.__text_signature__` and `help(len)` show (CPython keeps them in the
//! `PyMethodDef` table of Python/bltinmodule.c). The texts are mempy's own, short and
//! in the same spirit; the signatures are CPython's (`inspect.signature(len)`). Also
//! the `__doc__` each builtin class has in its namespace (`tp_doc`).

/// `(name, signature, docstring)` for each builtin function.
const DOCS: &[(&str, &str, &str)] = &[
    ("__build_class__", "__build_class__(func, name, /, *bases, **kwds)", "Build a class from the body function `func`; what a class statement runs."),
    ("__import__", "__import__(name, globals=None, locals=None, fromlist=(), level=0)", "Import a module; the function behind the import statement.\n\nReturns the top-level package unless fromlist is non-empty."),
    ("abs", "abs(x, /)", "Return the absolute value of x."),
    ("all", "all(iterable, /)", "Return True if every item of the iterable is true (True for an empty one)."),
    ("any", "any(iterable, /)", "Return True if some item of the iterable is true (False for an empty one)."),
    ("ascii", "ascii(obj, /)", "Return repr(obj) with every non-ASCII character escaped."),
    ("bin", "bin(number, /)", "Return the binary form of an integer.\n\n   >>> bin(5), bin(-6)\n   ('0b101', '-0b110')"),
    ("breakpoint", "breakpoint(*args, **kws)", "Enter the debugger (sys.breakpointhook)."),
    ("callable", "callable(obj, /)", "Return True if obj can be called (functions, classes, objects with __call__)."),
    ("chr", "chr(i, /)", "Return the one-character string of Unicode code point i."),
    ("compile", "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)", "Compile source text into a code object for exec() or eval().\n\nmode is 'exec' (a module), 'eval' (one expression) or 'single' (one\ninteractive statement)."),
    ("delattr", "delattr(obj, name, /)", "Delete the attribute name of obj, as `del obj.name` does."),
    ("dir", "dir([object])", "Return a sorted list of names: those in the current scope without an\nargument, else the attributes of the object (its own, its class's and the\nbase classes')."),
    ("divmod", "divmod(x, y, /)", "Return the pair (x // y, x % y)."),
    ("eval", "eval(source, globals=None, locals=None, /)", "Evaluate an expression (text or code object) and return its value."),
    ("exec", "exec(source, globals=None, locals=None, /, *, closure=None)", "Execute statements (text or code object) in the given namespaces,\nthe caller's by default. Returns None."),
    ("format", "format(value, format_spec='', /)", "Return value formatted by format_spec (value.__format__(format_spec))."),
    ("getattr", "getattr(object, name[, default])", "Return the attribute name of object, as `object.name` does; default if it\nis missing and a default is given, else AttributeError."),
    ("globals", "globals()", "Return the dict of the current module's global variables."),
    ("hasattr", "hasattr(obj, name, /)", "Return True if getattr(obj, name) succeeds."),
    ("hash", "hash(obj, /)", "Return the hash of obj: the integer dicts and sets use to place it.\nEqual objects have equal hashes."),
    ("hex", "hex(number, /)", "Return the hexadecimal form of an integer.\n\n   >>> hex(255), hex(-16)\n   ('0xff', '-0x10')"),
    ("id", "id(obj, /)", "Return the identity of obj: an integer unique among the objects alive at\nthe same time (in mempy and CPython: its address)."),
    ("input", "input(prompt='', /)", "Write the prompt, then read one line from standard input and return it\nwithout its newline. EOFError at end of input."),
    ("isinstance", "isinstance(obj, class_or_tuple, /)", "Return True if obj is an instance of the class (or of a subclass), or of\none of the classes of a tuple."),
    ("issubclass", "issubclass(cls, class_or_tuple, /)", "Return True if cls is the class, a subclass of it, or of one of the\nclasses of a tuple."),
    ("aiter", "aiter(async_iterable, /)", "Return the async iterator of an async iterable: its __aiter__()."),
    ("anext", "anext(aiterator[, default])", "Return an awaitable for the async iterator's next item; awaiting it gives\ndefault instead of StopAsyncIteration at the end, if default is given."),
    ("iter", "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator", "Return an iterator over the iterable; or one that calls callable until it\nreturns sentinel."),
    ("len", "len(obj, /)", "Return the number of items in a container."),
    ("locals", "locals()", "Return a dict of the current scope's local variables."),
    ("max", "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value", "Return the largest item of the iterable, or the largest argument.\nkey computes what is compared; default is returned for an empty iterable."),
    ("min", "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value", "Return the smallest item of the iterable, or the smallest argument.\nkey computes what is compared; default is returned for an empty iterable."),
    ("next", "next(iterator[, default])", "Return the iterator's next item; default when it is exhausted if given,\nelse StopIteration."),
    ("oct", "oct(number, /)", "Return the octal form of an integer.\n\n   >>> oct(8), oct(-64)\n   ('0o10', '-0o100')"),
    ("open", "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)", "Open a file and return a file object (text for mode 'r'/'w'/'a', bytes\nwith 'b' in the mode). OSError if it cannot be opened."),
    ("ord", "ord(c, /)", "Return the Unicode code point of a one-character string."),
    ("pow", "pow(base, exp, mod=None)", "Return base ** exp, or base ** exp % mod computed without the large power."),
    ("print", "print(*args, sep=' ', end='\\n', file=None, flush=False)", "Write the str() of each argument to sys.stdout (or file), separated by\nsep and followed by end."),
    ("repr", "repr(obj, /)", "Return the printable representation of obj: what the REPL echoes.\nFor many types eval(repr(obj)) == obj."),
    ("round", "round(number, ndigits=None)", "Round number to ndigits decimals (halves to even). Without ndigits the\nresult is an int."),
    ("setattr", "setattr(obj, name, value, /)", "Set the attribute name of obj, as `obj.name = value` does."),
    ("sorted", "sorted(iterable, /, *, key=None, reverse=False)", "Return a new sorted list of the iterable's items. The sort is stable;\nkey computes what is compared."),
    ("sum", "sum(iterable, /, start=0)", "Return start plus the sum of the iterable's items."),
    ("vars", "vars([object])", "Return object.__dict__, or the current scope's locals without an argument."),
];

/// `(class name, docstring)` for the builtin classes that have one; the others (the
/// iterators, views and internal types) have `__doc__ = None`, as most do in CPython.
const TYPE_DOCS: &[(&str, &str)] = &[
    ("object", "object()\n\nThe root of every class hierarchy; its instances have no attributes."),
    ("type", "type(object) -> the object's class\ntype(name, bases, dict, **kwds) -> a new class"),
    ("int", "int(x=0, /) -> integer\nint(x, /, base=10) -> integer\n\nAn integer of any size, from a number (truncated towards zero) or the text\nof one in the given base; base 0 reads the base from the prefix, as a literal.\n\n>>> int(-2.5), int('ff', 16), int('0o17', base=0)\n(-2, 255, 15)"),
    ("bool", "bool(x=False, /) -> True or False\n\nThe truth value of x; a subclass of int with the two instances True and False."),
    ("float", "float(x=0.0, /)\n\nA double-precision floating-point number, from a number or its text."),
    ("complex", "complex(real=0, imag=0)\n\nA complex number real + imag*1j."),
    ("str", "str(object='') -> str\nstr(bytes_or_buffer, encoding='utf-8', errors='strict') -> str\n\nAn immutable sequence of Unicode code points: str(object) is its text form."),
    ("bytes", "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(int) -> bytes of that many zeros\nbytes() -> empty bytes\n\nAn immutable sequence of bytes."),
    ("bytearray", "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(int) -> bytearray of that many zeros\nbytearray() -> empty bytearray\n\nA mutable sequence of bytes."),
    ("list", "list(iterable=(), /)\n\nA mutable sequence; from the items of the iterable, or empty."),
    ("tuple", "tuple(iterable=(), /)\n\nAn immutable sequence; from the items of the iterable, or empty."),
    ("dict", "dict() -> empty dict\ndict(mapping) -> dict of the mapping's (key, value) pairs\ndict(iterable) -> dict of the iterable's (key, value) pairs\ndict(**kwargs) -> dict of the keyword arguments\n\nA mutable mapping of hashable keys to values, in insertion order."),
    ("set", "set() -> empty set\nset(iterable) -> set of the iterable's distinct items\n\nA mutable unordered collection of hashable objects."),
    ("frozenset", "frozenset() -> empty frozenset\nfrozenset(iterable) -> frozenset of the iterable's distinct items\n\nAn immutable unordered collection of hashable objects."),
    ("range", "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nThe integers from start (0) up to, not including, stop, by step (1)."),
    ("slice", "slice(stop)\nslice(start, stop[, step])\n\nThe start, stop and step of a[start:stop:step]."),
    ("property", "property(fget=None, fset=None, fdel=None, doc=None)\n\nA managed attribute: reading, assigning and deleting it call fget, fset and fdel."),
    ("staticmethod", "staticmethod(function) -> method\n\nA function stored in a class that is called without the instance or class."),
    ("classmethod", "classmethod(function) -> method\n\nA function stored in a class that receives the class as its first argument."),
    ("super", "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object\nsuper(type, type2) -> bound super object\n\nDelegates attribute lookups to the classes after type in the MRO."),
    ("enumerate", "enumerate(iterable, start=0)\n\nAn iterator of (index, item) pairs, counting from start."),
    ("zip", "zip(*iterables, strict=False)\n\nAn iterator of tuples taking one item from each iterable, until the shortest\nends (with strict=True, a ValueError if the lengths differ).\n\n   >>> list(zip('xyz', [1, 2]))\n   [('x', 1), ('y', 2)]"),
    ("map", "map(func, *iterables)\n\nAn iterator of func applied to the items of the iterables, taken in step."),
    ("filter", "filter(function or None, iterable)\n\nAn iterator of the iterable's items for which function(item) (or the item) is true."),
    ("memoryview", "memoryview(object)\n\nA view of the memory of an object supporting the buffer protocol, without copying."),
    ("module", "module(name, doc=None)\n\nA module object: a namespace of attributes."),
    ("BaseException", "The root of the exception hierarchy."),
    ("Exception", "The base of the exceptions programs are meant to handle."),
];

/// `(class name, method name, docstring)` for the methods of builtin classes that
/// have one (CPython keeps them in each type's `PyMethodDef` table); the others'
/// `__doc__` is None. Some carry examples, which `doctest` runs.
const METHOD_DOCS: &[(&str, &str, &str)] = &[
    ("int", "bit_length", "How many bits the absolute value of the integer needs, without the sign\nand leading zeros.\n\n>>> (10).bit_length(), (-10).bit_length(), (0).bit_length()\n(4, 4, 0)"),
    ("int", "bit_count", "How many one bits the absolute value of the integer has (its population\ncount).\n\n>>> (10).bit_count(), (-7).bit_count()\n(2, 3)"),
    ("int", "as_integer_ratio", "The pair (numerator, denominator) of the integer: itself and 1.\n\n>>> (-12).as_integer_ratio()\n(-12, 1)"),
    ("int", "conjugate", "Returns the integer itself (the complex conjugate of a real number)."),
    ("int", "to_bytes", "The integer as `length` bytes in `byteorder` ('big' or 'little'); two's\ncomplement when signed is true. OverflowError if it does not fit."),
    ("int", "from_bytes", "The integer the bytes encode in `byteorder` ('big' or 'little'); two's\ncomplement when signed is true."),
    ("float", "as_integer_ratio", "The pair of integers (numerator, denominator), the denominator positive\nand the fraction in lowest terms, equal to the float exactly.\n\n>>> (0.75).as_integer_ratio(), (-4.0).as_integer_ratio()\n((3, 4), (-4, 1))"),
    ("float", "fromhex", "The float a hexadecimal string denotes (the form float.hex() writes).\n\n>>> float.fromhex('0x1.8p1'), float.fromhex('-0x10')\n(3.0, -16.0)"),
    ("float", "hex", "The float as a hexadecimal string: exact, unlike its decimal repr.\n\n>>> (3.0).hex(), (0.1).hex()\n('0x1.8000000000000p+1', '0x1.999999999999ap-4')"),
    ("float", "is_integer", "True if the float has no fractional part (and is finite)."),
    ("float", "conjugate", "Returns the float itself (the complex conjugate of a real number)."),
    ("bytes", "hex", "The bytes as a string of two hexadecimal digits each; `sep` goes between\ngroups of `bytes_per_sep` bytes (counted from the right; from the left if\nnegative).\n\n>>> b'\\x0f\\xa0!'.hex(), b'\\x0f\\xa0!'.hex('-', 2)\n('0fa021', '0f-a021')"),
    ("bytes", "fromhex", "The bytes a string of hexadecimal digit pairs denotes; spaces between\npairs are skipped."),
    ("bytearray", "hex", "The bytearray as a string of two hexadecimal digits each; `sep` goes\nbetween groups of `bytes_per_sep` bytes (counted from the right; from the\nleft if negative).\n\n>>> bytearray(b'AZ!').hex(), bytearray(b'AZ!').hex(' ', -1)\n('415a21', '41 5a 21')"),
    ("bytearray", "fromhex", "The bytearray a string of hexadecimal digit pairs denotes; spaces\nbetween pairs are skipped."),
    ("memoryview", "hex", "The viewed bytes as a string of two hexadecimal digits each; `sep` goes\nbetween groups of `bytes_per_sep` bytes.\n\n>>> memoryview(b'mem').hex(':')\n'6d:65:6d'"),
];

/// The docstring of the method `name` of the builtin class `class`, if it has one.
pub fn method_doc(class: &str, name: &str) -> Option<&'static str> {
    METHOD_DOCS
        .iter()
        .find(|d| d.0 == class && d.1 == name)
        .map(|d| d.2)
}

/// The docstring of a builtin class's special method `name` (a slot wrapper: CPython
/// gives each slot one fixed text, the same for every type, in `slotdefs`).
pub fn slot_doc(name: &str) -> Option<String> {
    let binary = [
        ("add", "+"),
        ("sub", "-"),
        ("mul", "*"),
        ("truediv", "/"),
        ("floordiv", "//"),
        ("mod", "%"),
        ("lshift", "<<"),
        ("rshift", ">>"),
        ("and", "&"),
        ("or", "|"),
        ("xor", "^"),
        ("matmul", "@"),
    ];
    let compare = [
        ("lt", "<"),
        ("le", "<="),
        ("eq", "=="),
        ("ne", "!="),
        ("gt", ">"),
        ("ge", ">="),
    ];
    let bare = name.strip_prefix("__")?.strip_suffix("__")?;
    for (n, op) in binary {
        if bare == n {
            return Some(format!("Return self{op}value."));
        }
        if bare.strip_prefix('r') == Some(n) {
            return Some(format!("Return value{op}self."));
        }
        if bare.strip_prefix('i') == Some(n) {
            // The sequence slots (`+=` and `*=` of list, bytearray, deque) say
            // "Implement", the number slots (a set's `-=`, ...) "Return".
            let verb = if matches!(n, "add" | "mul") {
                "Implement"
            } else {
                "Return"
            };
            return Some(format!("{verb} self{op}=value."));
        }
    }
    for (n, op) in compare {
        if bare == n {
            return Some(format!("Return self{op}value."));
        }
    }
    Some(
        match bare {
            "init" => "Initialize self.  See help(type(self)) for accurate signature.",
            "repr" => "Return repr(self).",
            "str" => "Return str(self).",
            "hash" => "Return hash(self).",
            "len" => "Return len(self).",
            "iter" => "Implement iter(self).",
            "next" => "Implement next(self).",
            "call" => "Call self as a function.",
            "bool" => "True if self else False",
            "contains" => "Return key in self.",
            "getitem" => "Return self[key].",
            "setitem" => "Set self[key] to value.",
            "delitem" => "Delete self[key].",
            "getattribute" => "Return getattr(self, name).",
            "setattr" => "Implement setattr(self, name, value).",
            "delattr" => "Implement delattr(self, name).",
            "get" => "Return an attribute of instance, which is of type owner.",
            "set" => "Set an attribute of instance to value.",
            "delete" => "Delete an attribute of instance.",
            "divmod" => "Return divmod(self, value).",
            "rdivmod" => "Return divmod(value, self).",
            "pow" => "Return pow(self, value, mod).",
            "rpow" => "Return pow(value, self, mod).",
            "neg" => "-self",
            "pos" => "+self",
            "abs" => "abs(self)",
            "invert" => "~self",
            "int" => "int(self)",
            "float" => "float(self)",
            "index" => {
                "Return self converted to an integer, if self is suitable for use as an index into a list."
            }
            "await" => "Return an iterator to be used in await expression.",
            "aiter" => "Return an awaitable, that resolves in asynchronous iterator.",
            "anext" => "Return a value or raise StopAsyncIteration.",
            _ => return None,
        }
        .to_string(),
    )
}

/// The docstring of the builtin class `name`, if it has one.
pub fn type_doc(name: &str) -> Option<&'static str> {
    TYPE_DOCS.iter().find(|d| d.0 == name).map(|d| d.1)
}

/// Puts `__doc__` (a docstring or None) in the namespace of every builtin class, so
/// `dict.__doc__` and `{}.__doc__` find it as CPython's `type_get_doc` does.
pub fn install_type_docs(vm: &mut crate::runtime::vm::Vm) {
    use crate::runtime::object::Obj;
    let mut classes = vm.types.all();
    classes.extend(vm.exc_types.values().copied());
    let k = vm.intern("__doc__");
    for c in classes {
        let (d, name) = match vm.heap.get(c) {
            Obj::Class(cl) => (cl.dict, cl.name.clone()),
            _ => continue,
        };
        if vm.dict_get_str(d, k).is_some() {
            continue;
        }
        let v = match type_doc(&name) {
            Some(text) => vm.new_str(text),
            None => crate::value::Value::None,
        };
        super::set_in(vm, d, "__doc__", v);
    }
}

/// The docstring of the builtin function `name`, if it has one.
pub fn doc(name: &str) -> Option<&'static str> {
    DOCS.iter().find(|d| d.0 == name).map(|d| d.2)
}

/// The signature line(s) help() shows above the docstring.
pub fn signature(name: &str) -> Option<&'static str> {
    DOCS.iter().find(|d| d.0 == name).map(|d| d.1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_signature_names_its_function() {
        for (name, sig, doc) in super::DOCS {
            assert!(sig.starts_with(&format!("{name}(")), "{name}: {sig}");
            assert!(!doc.is_empty(), "{name}");
        }
    }
}
