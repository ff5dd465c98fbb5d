//! Docstrings and signatures of the builtin functions: what `len.__doc__`,
//! `len.__text_signature__` and `help(len)` show (CPython keeps them in the
//! `PyMethodDef` table of Python/bltinmodule.c). The texts are mempy's own, short and
//! in the same spirit; the signatures are CPython's (`inspect.signature(len)`).

/// `(name, signature, docstring)` for each builtin function.
const DOCS: &[(&str, &str, &str)] = &[
    ("__build_class__", "__build_class__(func, name, /, *bases, **kwds)", "Build a class from the body function `func`; what a class statement runs."),
    ("__import__", "__import__(name, globals=None, locals=None, fromlist=(), level=0)", "Import a module; the function behind the import statement.\n\nReturns the top-level package unless fromlist is non-empty."),
    ("abs", "abs(x, /)", "Return the absolute value of x."),
    ("all", "all(iterable, /)", "Return True if every item of the iterable is true (True for an empty one)."),
    ("any", "any(iterable, /)", "Return True if some item of the iterable is true (False for an empty one)."),
    ("ascii", "ascii(obj, /)", "Return repr(obj) with every non-ASCII character escaped."),
    ("bin", "bin(number, /)", "Return the binary form of an integer, e.g. bin(5) == '0b101'."),
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
    ("hex", "hex(number, /)", "Return the hexadecimal form of an integer, e.g. hex(255) == '0xff'."),
    ("id", "id(obj, /)", "Return the identity of obj: an integer unique among the objects alive at\nthe same time (in mempy and CPython: its address)."),
    ("input", "input(prompt='', /)", "Write the prompt, then read one line from standard input and return it\nwithout its newline. EOFError at end of input."),
    ("isinstance", "isinstance(obj, class_or_tuple, /)", "Return True if obj is an instance of the class (or of a subclass), or of\none of the classes of a tuple."),
    ("issubclass", "issubclass(cls, class_or_tuple, /)", "Return True if cls is the class, a subclass of it, or of one of the\nclasses of a tuple."),
    ("iter", "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator", "Return an iterator over the iterable; or one that calls callable until it\nreturns sentinel."),
    ("len", "len(obj, /)", "Return the number of items in a container."),
    ("locals", "locals()", "Return a dict of the current scope's local variables."),
    ("max", "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value", "Return the largest item of the iterable, or the largest argument.\nkey computes what is compared; default is returned for an empty iterable."),
    ("min", "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value", "Return the smallest item of the iterable, or the smallest argument.\nkey computes what is compared; default is returned for an empty iterable."),
    ("next", "next(iterator[, default])", "Return the iterator's next item; default when it is exhausted if given,\nelse StopIteration."),
    ("oct", "oct(number, /)", "Return the octal form of an integer, e.g. oct(8) == '0o10'."),
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
            assert!(!doc.is_empty() && doc.ends_with('.'), "{name}");
        }
    }
}
