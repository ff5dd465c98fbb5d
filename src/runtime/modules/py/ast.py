"""ast: Python's abstract syntax trees, over mempy's own parser.

The node classes are made here from the abstract grammar the Python 3.11 docs give
(docs.python.org/3.11/library/ast.html); the tree itself comes from the native
`_mempy_ast.tree`, which converts mempy's Rust parse tree into nested tuples
(`(class_name, position, field, ...)`) that `_build` turns into node instances.
Everything else (dump, literal_eval, walk, the visitors, unparse) works on the
node instances, as the documented API says, whoever made them.
"""

import _mempy_ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (cls.__name__, n, "" if n == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields and fields.index(name) < len(args):
                raise TypeError("%s got multiple values for argument '%s'"
                                % (cls.__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# The abstract grammar: `base[*]: Class(type name, ...) | ...`; a `*` after the base
# means its classes carry positions, `?` marks an optional field (class default
# None), `*` a list field.
_GRAMMAR = """
mod: Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body)
  | Expression(expr body) | FunctionType(expr* argtypes, expr returns)
stmt*: FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list,
    expr? returns, string? type_comment)
  | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list,
    expr? returns, string? type_comment)
  | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body,
    expr* decorator_list)
  | Return(expr? value) | Delete(expr* targets)
  | Assign(expr* targets, expr value, string? type_comment)
  | AugAssign(expr target, operator op, expr value)
  | AnnAssign(expr target, expr annotation, expr? value, int simple)
  | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
  | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
  | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse)
  | With(withitem* items, stmt* body, string? type_comment)
  | AsyncWith(withitem* items, stmt* body, string? type_comment)
  | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause)
  | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
  | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
  | Assert(expr test, expr? msg) | Import(alias* names)
  | ImportFrom(identifier? module, alias* names, int? level)
  | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value)
  | Pass | Break | Continue
expr*: BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value)
  | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand)
  | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse)
  | Dict(expr* keys, expr* values) | Set(expr* elts)
  | ListComp(expr elt, comprehension* generators)
  | SetComp(expr elt, comprehension* generators)
  | DictComp(expr key, expr value, comprehension* generators)
  | GeneratorExp(expr elt, comprehension* generators)
  | Await(expr value) | Yield(expr? value) | YieldFrom(expr value)
  | Compare(expr left, cmpop* ops, expr* comparators)
  | Call(expr func, expr* args, keyword* keywords)
  | FormattedValue(expr value, int conversion, expr? format_spec)
  | JoinedStr(expr* values) | Constant(constant value, string? kind)
  | Attribute(expr value, identifier attr, expr_context ctx)
  | Subscript(expr value, expr slice, expr_context ctx)
  | Starred(expr value, expr_context ctx) | Name(identifier id, expr_context ctx)
  | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx)
  | Slice(expr? lower, expr? upper, expr? step)
expr_context: Load | Store | Del
boolop: And | Or
operator: Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr
  | BitXor | BitAnd | FloorDiv
unaryop: Invert | Not | UAdd | USub
cmpop: Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
=comprehension(expr target, expr iter, expr* ifs, int is_async)
excepthandler*: ExceptHandler(expr? type, identifier? name, stmt* body)
=arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs,
    expr* kw_defaults, arg? kwarg, expr* defaults)
=arg*(identifier arg, expr? annotation, string? type_comment)
=keyword*(identifier? arg, expr value)
=alias*(identifier name, identifier? asname)
=withitem(expr context_expr, expr? optional_vars)
=match_case(pattern pattern, expr? guard, stmt* body)
pattern+: MatchValue(expr value) | MatchSingleton(constant value)
  | MatchSequence(pattern* patterns)
  | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
  | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
  | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name)
  | MatchOr(pattern* patterns)
type_ignore: TypeIgnore(int lineno, string tag)
"""

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def _make_class(name, base, spec, attributes):
    fields = []
    optional = []
    sig = []
    for part in spec.split(','):
        part = part.strip()
        if not part:
            continue
        typ, field = part.split()
        fields.append(field)
        sig.append(typ + ' ' + field)
        if typ.endswith('?'):
            optional.append(field)
    ns = {
        '_fields': tuple(fields),
        '_field_types': dict(zip(fields, (t.split()[0] for t in sig))),
        '__match_args__': tuple(fields),
        '__module__': 'ast',
        '__doc__': '%s(%s)' % (name, ', '.join(sig)) if spec is not None else name,
    }
    if attributes is not None:
        ns['_attributes'] = attributes
    for field in optional:
        ns[field] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


def _define_classes():
    lines = []
    for line in _GRAMMAR.strip().split('\n'):
        if line.startswith(' '):
            lines[-1] += ' ' + line.strip()
        else:
            lines.append(line)
    for line in lines:
        if line.startswith('='):
            # A product type: one class straight under AST.
            head, _, rest = line[1:].partition('(')
            attrs = ()
            if head.endswith('*'):
                head = head[:-1]
                attrs = _POSITIONS
            _make_class(head, AST, rest.rstrip(')'), attrs)
            continue
        base_name, _, alts = line.partition(':')
        attrs = ()
        if base_name.endswith('*') or base_name.endswith('+'):
            attrs = _POSITIONS
            base_name = base_name[:-1]
        base = type(base_name, (AST,), {'__module__': 'ast', '_attributes': attrs,
                                        '__doc__': base_name})
        if attrs:
            # The end positions are optional: absent means None.
            base.end_lineno = None
            base.end_col_offset = None
        globals()[base_name] = base
        for alt in alts.split('|'):
            alt = alt.strip()
            name, _, rest = alt.partition('(')
            _make_class(name, base, rest.rstrip(')') if rest else '', None)


_define_classes()


class slice(AST):
    """Deprecated AST node class."""
    __module__ = 'ast'


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


def _constant_alias(name, types, field='n'):
    # The pre-3.8 literal classes: constructing one makes a Constant; isinstance
    # checks the constant's type.
    class _Meta(type):
        def __instancecheck__(cls, inst):
            if not isinstance(inst, Constant):
                return False
            if cls is not alias:
                return type.__instancecheck__(cls, inst)
            try:
                value = inst.value
            except AttributeError:
                return False
            return isinstance(value, types) and not (
                bool not in types and isinstance(value, bool))

    def __new__(cls, *args, **kwargs):
        if cls is not alias:
            # A subclass makes instances of itself (its __init__ then runs).
            return Constant.__new__(cls)
        if args:
            kwargs['value'] = args[0]
        elif field in kwargs:
            kwargs['value'] = kwargs.pop(field)
        return Constant(**kwargs)

    alias = _Meta(name, (Constant,), {'__new__': __new__, '__module__': 'ast',
                                       '_fields': (field,)})
    globals()[name] = alias


_constant_alias('Num', (int, float, complex))
_constant_alias('Str', (str,), 's')
_constant_alias('Bytes', (bytes,), 's')
_constant_alias('NameConstant', (type(None), bool), 'value')
_constant_alias('Ellipsis', (type(...),), 'value')
Constant.n = property(lambda self: self.value,
                      lambda self, v: setattr(self, 'value', v))
Constant.s = property(lambda self: self.value,
                      lambda self, v: setattr(self, 'value', v))


# ----- building nodes from the native tree -------------------------------------------

_leaves = {}


def _build(t):
    if type(t) is tuple:
        name = t[0]
        pos = t[1]
        if pos is None and len(t) == 2:
            # Contexts and operators: one shared instance each, as CPython's parser.
            leaf = _leaves.get(name)
            if leaf is None:
                leaf = _leaves[name] = globals()[name]()
            return leaf
        cls = globals()[name]
        node = cls.__new__(cls)
        for field, value in zip(cls._fields, t[2:]):
            setattr(node, field, _build(value))
        if pos is not None:
            node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = pos
        return node
    if type(t) is list:
        return [_build(x) for x in t]
    return t


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """Parse the source into an AST node.
    Equivalent to compile(source, filename, mode, PyCF_ONLY_AST)."""
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        source = bytes(source).decode('utf-8')
    elif not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if mode not in ('exec', 'eval', 'single'):
        if mode == 'func_type':
            raise ValueError("compile() mode 'func_type' is not supported by mempy")
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if not isinstance(filename, str):
        filename = str(filename, 'utf-8') if isinstance(filename, bytes) else filename
    return _build(_mempy_ast.tree(source, filename, mode))


def _compile_hook(source, filename, mode, flags):
    # compile()'s side of the ast module (see builtins/exec.rs): a tree for
    # PyCF_ONLY_AST, or a tree given as source turned back into text to compile.
    if flags & PyCF_ONLY_AST:
        if isinstance(source, AST):
            return source
        return parse(source, filename, mode)
    if not isinstance(source, AST):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    expected = {'exec': Module, 'eval': Expression, 'single': Interactive}[mode]
    if not isinstance(source, expected):
        raise TypeError('expected %s node, got %s'
                        % (expected.__name__, type(source).__name__))
    _Validator().mod(source)
    return unparse(source)


# ----- validation of trees given to compile() ------------------------------------
#
# A tree built by hand may break rules the parser never would: CPython checks it
# before compiling (ValueError, or TypeError for a wrong type) and so does this,
# with CPython's messages. The contexts of assignment targets, non-empty bodies
# and target lists, Try's handler rules, argument defaults, Compare's and Dict's
# lengths, constants' types and None in lists are checked; the rest of each node
# is walked by the field types of the grammar above.

_CONTEXT_NODES = ('Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple')
_CONSTANT_TYPES = (type(None), type(...), bool, int, float, complex, str, bytes)


class _Validator:
    def mod(self, node):
        if isinstance(node, (Module, Interactive)):
            self.stmts(node.body)
        elif isinstance(node, Expression):
            self.expr(node.body, Load)
        elif isinstance(node, FunctionType):
            self.exprs(node.argtypes, Load, False)
            self.expr(node.returns, Load)

    # Lists.

    def stmts(self, seq):
        for stmt in seq:
            if stmt is None:
                raise ValueError('None disallowed in statement list')
            self.stmt(stmt)

    def exprs(self, seq, ctx, null_ok):
        for e in seq:
            if e is None:
                if not null_ok:
                    raise ValueError('None disallowed in expression list')
                continue
            self.expr(e, ctx)

    def nonempty(self, seq, what, owner):
        if not seq:
            raise ValueError('empty %s on %s' % (what, owner))

    def body(self, seq, owner):
        self.nonempty(seq, 'body', owner)
        self.stmts(seq)

    def optional(self, e, ctx=None):
        if e is not None:
            self.expr(e, ctx or Load)

    # Statements.

    def stmt(self, node):
        name = type(node).__name__
        check = getattr(self, 's_' + name, None)
        if check is not None:
            check(node, name)
        else:
            self.fields(node)

    def s_FunctionDef(self, node, name):
        self.body(node.body, name)
        self.arguments(node.args)
        self.exprs(node.decorator_list, Load, False)
        self.optional(node.returns)

    s_AsyncFunctionDef = s_FunctionDef

    def s_ClassDef(self, node, name):
        self.body(node.body, name)
        self.exprs(node.bases, Load, False)
        for kw in node.keywords:
            self.expr(kw.value, Load)
        self.exprs(node.decorator_list, Load, False)

    def s_Delete(self, node, name):
        self.nonempty(node.targets, 'targets', name)
        self.exprs(node.targets, Del, False)

    def s_Assign(self, node, name):
        self.nonempty(node.targets, 'targets', name)
        self.expr(node.value, Load)
        self.exprs(node.targets, Store, False)

    def s_AugAssign(self, node, name):
        self.expr(node.target, Store)
        self.expr(node.value, Load)

    def s_AnnAssign(self, node, name):
        if node.simple and not isinstance(node.target, Name):
            raise TypeError('AnnAssign with simple non-Name target')
        self.expr(node.target, Store)
        self.optional(node.value)
        self.expr(node.annotation, Load)

    def s_For(self, node, name):
        self.expr(node.target, Store)
        self.expr(node.iter, Load)
        self.body(node.body, name)
        self.stmts(node.orelse)

    s_AsyncFor = s_For

    def s_While(self, node, name):
        self.expr(node.test, Load)
        self.body(node.body, name)
        self.stmts(node.orelse)

    s_If = s_While

    def s_With(self, node, name):
        self.nonempty(node.items, 'items', name)
        for item in node.items:
            self.expr(item.context_expr, Load)
            self.optional(item.optional_vars, Store)
        self.body(node.body, name)

    s_AsyncWith = s_With

    def s_Raise(self, node, name):
        if node.exc is not None:
            self.expr(node.exc, Load)
            self.optional(node.cause)
        elif node.cause is not None:
            raise ValueError('Raise with cause but no exception')

    def s_Try(self, node, name):
        self.body(node.body, name)
        if not node.handlers and not node.finalbody:
            raise ValueError('%s has neither except handlers nor finalbody' % name)
        if not node.handlers and node.orelse:
            raise ValueError('%s has orelse but no except handlers' % name)
        for handler in node.handlers:
            self.optional(handler.type)
            self.body(handler.body, 'ExceptHandler')
        self.stmts(node.finalbody)
        self.stmts(node.orelse)

    s_TryStar = s_Try

    def s_ImportFrom(self, node, name):
        if node.level is not None and node.level < 0:
            raise ValueError('Negative ImportFrom level')
        self.nonempty(node.names, 'names', name)

    def s_Import(self, node, name):
        self.nonempty(node.names, 'names', name)

    s_Global = s_Nonlocal = s_Import

    # Expressions.

    def expr(self, node, ctx):
        if node is None:
            raise ValueError('None disallowed in expression list')
        name = type(node).__name__
        if name in _CONTEXT_NODES:
            actual = type(getattr(node, 'ctx', None))
            if actual is not ctx:
                raise ValueError('expression must have %s context but has %s instead'
                                 % (ctx.__name__, actual.__name__))
        elif ctx is not Load:
            raise ValueError("expression which can't be assigned to in %s context"
                             % ctx.__name__)
        check = getattr(self, 'e_' + name, None)
        if check is not None:
            check(node, ctx)
        else:
            self.fields(node)

    def e_BoolOp(self, node, ctx):
        if len(node.values) < 2:
            raise ValueError('BoolOp with less than 2 values')
        self.exprs(node.values, Load, False)

    def e_Dict(self, node, ctx):
        if len(node.keys) != len(node.values):
            raise ValueError("Dict doesn't have the same number of keys as values")
        self.exprs(node.keys, Load, True)
        self.exprs(node.values, Load, False)

    def e_Compare(self, node, ctx):
        if not node.comparators:
            raise ValueError('Compare with no comparators')
        if len(node.comparators) != len(node.ops):
            raise ValueError('Compare has a different number of comparators and operands')
        self.exprs(node.comparators, Load, False)
        self.expr(node.left, Load)

    def comprehension(self, generators):
        if not generators:
            raise ValueError('comprehension with no generators')
        for gen in generators:
            self.expr(gen.target, Store)
            self.expr(gen.iter, Load)
            self.exprs(gen.ifs, Load, False)

    def e_ListComp(self, node, ctx):
        self.comprehension(node.generators)
        self.expr(node.elt, Load)

    e_SetComp = e_GeneratorExp = e_ListComp

    def e_DictComp(self, node, ctx):
        self.comprehension(node.generators)
        self.expr(node.key, Load)
        self.expr(node.value, Load)

    def e_Lambda(self, node, ctx):
        self.arguments(node.args)
        self.expr(node.body, Load)

    def e_Constant(self, node, ctx):
        if not self.constant_ok(node.value):
            raise TypeError('got an invalid type in Constant: %s' % type(node.value).__name__)

    def constant_ok(self, value):
        if type(value) in _CONSTANT_TYPES:
            return True
        if type(value) in (tuple, frozenset):
            return all(self.constant_ok(v) for v in value)
        return False

    def e_Attribute(self, node, ctx):
        self.expr(node.value, Load)

    def e_Subscript(self, node, ctx):
        self.expr(node.slice, Load)
        self.expr(node.value, Load)

    def e_Starred(self, node, ctx):
        self.expr(node.value, ctx)

    def e_List(self, node, ctx):
        self.exprs(node.elts, ctx, False)

    e_Tuple = e_List

    def e_Name(self, node, ctx):
        if node.id in ('None', 'True', 'False'):
            raise ValueError("identifier field can't represent '%s' constant" % node.id)

    def e_Call(self, node, ctx):
        self.expr(node.func, Load)
        self.exprs(node.args, Load, False)
        for kw in node.keywords:
            self.expr(kw.value, Load)

    def e_NamedExpr(self, node, ctx):
        self.expr(node.value, Load)

    def arguments(self, args):
        for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
            self.optional(arg.annotation)
        for arg in (args.vararg, args.kwarg):
            if arg is not None:
                self.optional(arg.annotation)
        if len(args.defaults) > len(args.posonlyargs) + len(args.args):
            raise ValueError('more positional defaults than args on arguments')
        if len(args.kw_defaults) != len(args.kwonlyargs):
            raise ValueError('length of kwonlyargs is not the same as kw_defaults '
                             'on arguments')
        self.exprs(args.defaults, Load, False)
        self.exprs(args.kw_defaults, Load, True)

    # Any other node: its expressions are read (Load), its statements checked.

    def fields(self, node):
        for field, typ in getattr(type(node), '_field_types', {}).items():
            value = getattr(node, field, None)
            if typ == 'expr':
                self.expr(value, Load)
            elif typ == 'expr?':
                self.optional(value)
            elif typ == 'expr*':
                self.exprs(value or (), Load, False)
            elif typ == 'stmt*':
                self.stmts(value or ())


# ----- literal_eval ----------------------------------------------------------------


def literal_eval(node_or_string):
    """The value of a literal given as source text or as a parsed tree, computed
    without running any code: strs, bytes, numbers (complex sums like 1+2j too),
    tuples, lists, dicts, sets (and set()), True, False and None. Anything else
    raises ValueError naming the offending node."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            msg += ' on line %d' % line
        raise ValueError(msg + ': ' + repr(node))

    def number(node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        malformed(node)

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([convert(x) for x in node.elts])
        if isinstance(node, List):
            return [convert(x) for x in node.elts]
        if isinstance(node, Set):
            return set([convert(x) for x in node.elts])
        if (isinstance(node, Call) and isinstance(node.func, Name)
                and node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip([convert(k) for k in node.keys],
                            [convert(v) for v in node.values]))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node_or_string)


# ----- dump ------------------------------------------------------------------------


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree under node as text (each node's class and fields), for debugging;
    with indent, one field per line."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(value, level):
        # Returns (text, simple): simple values never force a node onto many lines.
        if indent is not None:
            level += 1
            open_ = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            open_ = ''
            sep = ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            simple = True
            named = annotate_fields
            for name in value._fields:
                if not hasattr(value, name):
                    named = True
                    continue
                v = getattr(value, name)
                if v is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, s = fmt(v, level)
                simple = simple and s
                parts.append(name + '=' + text if named else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    if not hasattr(value, name):
                        continue
                    v = getattr(value, name)
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    text, s = fmt(v, level)
                    simple = simple and s
                    parts.append(name + '=' + text)
            if simple and len(parts) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
            return '%s(%s%s)' % (cls.__name__, open_, sep.join(parts)), False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[%s%s]' % (open_, sep.join([fmt(x, level)[0] for x in value])), False
        return repr(value), True

    return fmt(node, 0)[0]


# ----- walking and editing trees ----------------------------------------------------


def copy_location(new_node, old_node):
    """Copy source location (`lineno`, `col_offset`, `end_lineno`, and
    `end_col_offset` attributes) from *old_node* to *new_node* if possible, and
    return *new_node*."""
    for attr in _POSITIONS:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """When you compile a node tree with compile(), the compiler expects lineno and
    col_offset attributes for every node that supports them.  This is rather
    tedious to fill in for generated nodes, so this helper adds these attributes
    recursively where not already set, by setting them to the values of the
    parent node.  It works recursively starting at *node*.
    """
    def fix(node, lineno, col, end_lineno, end_col):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col
            else:
                col = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col
            else:
                end_col = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col, end_lineno, end_col)

    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Increment the line number and end line number of each node in the tree
    starting at *node* by *n*. This is useful to "move code" to a different
    location in a file.
    """
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """
    Yield a tuple of ``(fieldname, value)`` for each field in ``node._fields``
    that is present on *node*.
    """
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """
    Yield all direct child nodes of *node*, that is, all fields that are nodes
    and all items of fields that are lists of nodes.
    """
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """
    Return the docstring for the given node or None if no docstring can
    be found.  If the node provided does not have docstrings a TypeError
    will be raised.

    If *clean* is `True`, all tabs are expanded to spaces and any whitespace
    that can be uniformly removed from the second line onwards is removed.
    """
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def get_source_segment(source, node, *, padded=False):
    """Get source code segment of the *source* that generated *node*.

    If some location information (`lineno`, `end_lineno`, `col_offset`,
    or `end_col_offset`) is missing, return None.

    If *padded* is `True`, the first line of a multi-line statement will
    be padded with spaces to match its original position.
    """
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = []
    start = 0
    # Lines split as the tokenizer splits them: at \r\n, \r or \n.
    i = 0
    while i < len(source):
        c = source[i]
        if c == '\r' and source[i + 1:i + 2] == '\n':
            lines.append(source[start:i + 2])
            i += 2
            start = i
            continue
        if c in '\r\n':
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < len(source):
        lines.append(source[start:])
    if end_lineno >= len(lines):
        return None
    if end_lineno == lineno:
        return lines[lineno].encode()[col:end_col].decode()
    if padded:
        pad = ''.join(c if c.isspace() else ' ' for c in lines[lineno].encode()[:col].decode())
    else:
        pad = ''
    first = pad + lines[lineno].encode()[col:].decode()
    last = lines[end_lineno].encode()[:end_col].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


def walk(node):
    """
    Recursively yield all descendant nodes in the tree starting at *node*
    (including *node* itself), in no specified order.  This is useful if you
    only want to modify nodes in place and don't care about the context.
    """
    from collections import deque
    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """
    A node visitor base class that walks the abstract syntax tree and calls a
    visitor function for every node found.  This function may return a value
    which is forwarded by the `visit` method.
    """

    def visit(self, node):
        """Visit a node."""
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        """Called if no explicit visitor function exists for a node."""
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """
    A :class:`NodeVisitor` subclass that walks the abstract syntax tree and
    allows modification of nodes.
    """

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


# ----- unparse ---------------------------------------------------------------------

# Binding strength, weakest first (the grammar's levels).
(_NAMED_EXPR, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _BOR, _BXOR, _BAND,
 _SHIFT, _ARITH, _TERM, _FACTOR, _POWER, _AWAIT, _ATOM) = range(18)
_EXPR = _BOR

_BINOPS = {
    'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM),
    'MatMult': ('@', _TERM), 'Div': ('/', _TERM), 'Mod': ('%', _TERM),
    'FloorDiv': ('//', _TERM), 'Pow': ('**', _POWER), 'LShift': ('<<', _SHIFT),
    'RShift': ('>>', _SHIFT), 'BitOr': ('|', _BOR), 'BitXor': ('^', _BXOR),
    'BitAnd': ('&', _BAND),
}
_UNOPS = {'Invert': ('~', _FACTOR), 'Not': ('not', _NOT), 'UAdd': ('+', _FACTOR),
          'USub': ('-', _FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOLOPS = {'And': ('and', _AND), 'Or': ('or', _OR)}
_SINGLE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_ANY_QUOTES = _SINGLE_QUOTES + _TRIPLE_QUOTES
# Infinity has no literal; this float literal overflows to it.
_INF = '1e309'


def _escape_for_literal(text, quotes, escape_whitespace=False):
    """The body of a string literal showing `text`, and the quotes that can still
    enclose it (best first)."""
    out = []
    for c in text:
        if c in '\n\t' and not escape_whitespace:
            out.append(c)
        elif c == '\\' or not c.isprintable():
            out.append(c.encode('unicode_escape').decode('ascii'))
        else:
            out.append(c)
    body = ''.join(out)
    usable = list(quotes)
    if '\n' in body:
        usable = [q for q in usable if q in _TRIPLE_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        r = repr(text)
        for q in quotes:
            if r[0] in q:
                return r[1:-1], [q]
        return r[1:-1], [r[0]]
    if body:
        # A quote that ends with the body's last character needs that one escaped;
        # prefer the others.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class _Unparser:
    def __init__(self, avoid_backslashes=False):
        self.out = []
        self.level = 0
        self.prec = {}
        self.avoid_backslashes = avoid_backslashes
        self.in_try_star = False

    # -- output helpers
    def write(self, *texts):
        self.out.extend(texts)

    def newline_if_any(self):
        if self.out:
            self.write('\n')

    def fill(self, text=''):
        self.newline_if_any()
        self.write('    ' * self.level + text)

    def block(self, body, extra=None):
        self.write(':')
        if extra:
            self.write(extra)
        self.level += 1
        self.body(body)
        self.level -= 1

    def body(self, stmts):
        for s in stmts:
            self.visit(s)

    def set_prec(self, prec, *nodes):
        for n in nodes:
            self.prec[id(n)] = prec

    def get_prec(self, node):
        return self.prec.get(id(node), _TEST)

    def delimit_if(self, start, end, cond, fn):
        if cond:
            self.write(start)
        fn()
        if cond:
            self.write(end)

    def paren_if(self, prec, node, fn):
        self.delimit_if('(', ')', self.get_prec(node) > prec, fn)

    def commas(self, items, fn=None):
        fn = fn or self.visit
        first = True
        for item in items:
            if not first:
                self.write(', ')
            first = False
            fn(item)

    def run(self, node):
        self.visit(node)
        return ''.join(self.out)

    def visit(self, node):
        if isinstance(node, list):
            for n in node:
                self.visit(n)
            return
        method = getattr(self, 'v_' + type(node).__name__, None)
        if method is None:
            for base in type(node).__mro__:
                method = getattr(self, 'v_' + base.__name__, None)
                if method is not None:
                    break
            else:
                raise ValueError('unparse: unknown node %s' % type(node).__name__)
        method(node)

    def docstring_then_body(self, node):
        body = node.body
        if (body and isinstance(body[0], Expr) and isinstance(body[0].value, Constant)
                and isinstance(body[0].value.value, str)):
            self.docstring(body[0].value)
            body = body[1:]
        self.body(body)

    def docstring(self, node):
        self.fill()
        if node.kind == 'u':
            self.write('u')
        text = node.value
        body, quotes = _escape_for_literal(text, _TRIPLE_QUOTES)
        self.write(quotes[0] + body + quotes[0])

    # -- modules
    def v_Module(self, node):
        self.docstring_then_body(node)

    def v_Interactive(self, node):
        self.body(node.body)

    def v_Expression(self, node):
        self.visit(node.body)

    # -- statements
    def v_Expr(self, node):
        self.fill()
        self.set_prec(_YIELD, node.value)
        self.visit(node.value)

    def v_NamedExpr(self, node):
        def go():
            self.set_prec(_ATOM, node.target, node.value)
            self.visit(node.target)
            self.write(' := ')
            self.visit(node.value)
        self.paren_if(_NAMED_EXPR, node, go)

    def v_Import(self, node):
        self.fill('import ')
        self.commas(node.names)

    def v_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.commas(node.names)

    def v_Assign(self, node):
        self.fill()
        for t in node.targets:
            self.set_prec(_TUPLE, t)
            self.visit(t)
            self.write(' = ')
        self.visit(node.value)
        if node.type_comment:
            self.write('  # type: ' + node.type_comment)

    def v_AugAssign(self, node):
        self.fill()
        self.visit(node.target)
        self.write(' ' + _BINOPS[type(node.op).__name__][0] + '= ')
        self.visit(node.value)

    def v_AnnAssign(self, node):
        self.fill()
        self.delimit_if('(', ')', not node.simple and isinstance(node.target, Name),
                        lambda: self.visit(node.target))
        self.write(': ')
        self.visit(node.annotation)
        if node.value:
            self.write(' = ')
            self.visit(node.value)

    def v_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.visit(node.value)

    def v_Pass(self, node):
        self.fill('pass')

    def v_Break(self, node):
        self.fill('break')

    def v_Continue(self, node):
        self.fill('continue')

    def v_Delete(self, node):
        self.fill('del ')
        self.commas(node.targets)

    def v_Assert(self, node):
        self.fill('assert ')
        self.visit(node.test)
        if node.msg:
            self.write(', ')
            self.visit(node.msg)

    def v_Global(self, node):
        self.fill('global ')
        self.write(', '.join(node.names))

    def v_Nonlocal(self, node):
        self.fill('nonlocal ')
        self.write(', '.join(node.names))

    def v_Await(self, node):
        def go():
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_prec(_ATOM, node.value)
                self.visit(node.value)
        self.paren_if(_AWAIT, node, go)

    def v_Yield(self, node):
        def go():
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_prec(_ATOM, node.value)
                self.visit(node.value)
        self.paren_if(_YIELD, node, go)

    def v_YieldFrom(self, node):
        def go():
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_prec(_ATOM, node.value)
            self.visit(node.value)
        self.paren_if(_YIELD, node, go)

    def v_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.visit(node.exc)
        if node.cause:
            self.write(' from ')
            self.visit(node.cause)

    def try_parts(self, node, star):
        self.fill('try')
        self.block(node.body)
        saved = self.in_try_star
        self.in_try_star = star
        for h in node.handlers:
            self.visit(h)
        self.in_try_star = saved
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)
        if node.finalbody:
            self.fill('finally')
            self.block(node.finalbody)

    def v_Try(self, node):
        self.try_parts(node, False)

    def v_TryStar(self, node):
        self.try_parts(node, True)

    def v_ExceptHandler(self, node):
        self.fill('except*' if self.in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.visit(node.type)
        if node.name:
            self.write(' as ' + node.name)
        self.block(node.body)

    def v_ClassDef(self, node):
        self.newline_if_any()
        for d in node.decorator_list:
            self.fill('@')
            self.visit(d)
        self.fill('class ' + node.name)
        if node.bases or node.keywords:
            self.write('(')
            self.commas(list(node.bases) + list(node.keywords))
            self.write(')')
        self.write(':')
        self.level += 1
        self.docstring_then_body(node)
        self.level -= 1

    def v_FunctionDef(self, node):
        self.funcdef(node, 'def')

    def v_AsyncFunctionDef(self, node):
        self.funcdef(node, 'async def')

    def funcdef(self, node, keyword):
        self.newline_if_any()
        for d in node.decorator_list:
            self.fill('@')
            self.visit(d)
        self.fill(keyword + ' ' + node.name)
        self.write('(')
        self.visit(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.visit(node.returns)
        self.write(':')
        if node.type_comment:
            self.write('  # type: ' + node.type_comment)
        self.level += 1
        self.docstring_then_body(node)
        self.level -= 1

    def v_For(self, node):
        self.fordef(node, 'for ')

    def v_AsyncFor(self, node):
        self.fordef(node, 'async for ')

    def fordef(self, node, keyword):
        self.fill(keyword)
        self.set_prec(_TUPLE, node.target)
        self.visit(node.target)
        self.write(' in ')
        self.visit(node.iter)
        self.block(node.body, '  # type: ' + node.type_comment if node.type_comment else None)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def v_If(self, node):
        self.fill('if ')
        self.visit(node.test)
        self.block(node.body)
        # Collapse a lone nested if in else into elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.visit(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def v_While(self, node):
        self.fill('while ')
        self.visit(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def v_With(self, node):
        self.fill('with ')
        self.commas(node.items)
        self.block(node.body, '  # type: ' + node.type_comment if node.type_comment else None)

    def v_AsyncWith(self, node):
        self.fill('async with ')
        self.commas(node.items)
        self.block(node.body, '  # type: ' + node.type_comment if node.type_comment else None)

    def v_withitem(self, node):
        self.visit(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.visit(node.optional_vars)

    def v_Match(self, node):
        self.fill('match ')
        self.visit(node.subject)
        self.write(':')
        self.level += 1
        for case in node.cases:
            self.visit(case)
        self.level -= 1

    def v_match_case(self, node):
        self.fill('case ')
        self.visit(node.pattern)
        if node.guard:
            self.write(' if ')
            self.visit(node.guard)
        self.block(node.body)

    # -- f-strings
    def fstring_text(self, node):
        # The inside of an f-string (no quotes), for a JoinedStr or one part.
        parts = []
        self.fstring_collect(node, parts)
        return ''.join(p for p, _ in parts)

    def fstring_collect(self, node, parts):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_collect(value, parts)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            parts.append((node.value.replace('{', '{{').replace('}', '}}'), True))
        elif isinstance(node, FormattedValue):
            text = ['{']
            inner = _Unparser(avoid_backslashes=True)
            inner.set_prec(_TEST + 1, node.value)
            expr = inner.run(node.value)
            if expr.startswith('{'):
                text.append(' ')
            if '\\' in expr:
                raise ValueError('Unable to avoid backslash in f-string expression part')
            text.append(expr)
            if node.conversion != -1:
                conv = chr(node.conversion)
                if conv not in 'sra':
                    raise ValueError('Unknown f-string conversion.')
                text.append('!' + conv)
            if node.format_spec:
                text.append(':')
                text.append(self.fstring_text(node.format_spec))
            text.append('}')
            parts.append((''.join(text), False))
        else:
            raise ValueError('Unexpected node inside JoinedStr, %r' % (node,))

    def v_JoinedStr(self, node):
        self.write('f')
        if self.avoid_backslashes:
            self.str_no_backslashes(self.fstring_text(node))
            return
        parts = []
        for value in node.values:
            self.fstring_collect(value, parts)
        quotes = _ANY_QUOTES
        pieces = []
        for text, is_constant in parts:
            text, quotes = _escape_for_literal(text, quotes, escape_whitespace=is_constant)
            pieces.append(text)
        body = ''.join(pieces)
        self.write(quotes[0] + body + quotes[0])

    def v_FormattedValue(self, node):
        self.write('f')
        self.str_no_backslashes(self.fstring_text(node))

    def str_no_backslashes(self, text, quotes=_ANY_QUOTES):
        body, quotes = _escape_for_literal(text, quotes)
        self.write(quotes[0] + body + quotes[0])

    # -- expressions
    def v_Name(self, node):
        self.write(node.id)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _INF))
        elif self.avoid_backslashes and isinstance(value, str):
            self.str_no_backslashes(value)
        else:
            self.write(repr(value))

    def v_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            if len(value) == 1:
                self.constant(value[0])
                self.write(',')
            else:
                self.commas(value, self.constant)
            self.write(')')
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.constant(value)

    def v_List(self, node):
        self.write('[')
        self.commas(node.elts)
        self.write(']')

    def v_ListComp(self, node):
        self.comp('[', ']', node.elt, node.generators)

    def v_GeneratorExp(self, node):
        self.comp('(', ')', node.elt, node.generators)

    def v_SetComp(self, node):
        self.comp('{', '}', node.elt, node.generators)

    def comp(self, start, end, elt, generators):
        self.write(start)
        self.visit(elt)
        for g in generators:
            self.visit(g)
        self.write(end)

    def v_DictComp(self, node):
        self.write('{')
        self.visit(node.key)
        self.write(': ')
        self.visit(node.value)
        for g in node.generators:
            self.visit(g)
        self.write('}')

    def v_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_prec(_TUPLE, node.target)
        self.visit(node.target)
        self.write(' in ')
        self.set_prec(_TEST + 1, node.iter, *node.ifs)
        self.visit(node.iter)
        for cond in node.ifs:
            self.write(' if ')
            self.visit(cond)

    def v_IfExp(self, node):
        def go():
            self.set_prec(_TEST + 1, node.body, node.test)
            self.visit(node.body)
            self.write(' if ')
            self.visit(node.test)
            self.write(' else ')
            self.set_prec(_TEST, node.orelse)
            self.visit(node.orelse)
        self.paren_if(_TEST, node, go)

    def v_Set(self, node):
        if node.elts:
            self.write('{')
            self.commas(node.elts)
            self.write('}')
        else:
            # `{}` is an empty dict; an empty set has no literal.
            self.write('{*()}')

    def v_Dict(self, node):
        def item(pair):
            k, v = pair
            if k is None:
                self.write('**')
                self.set_prec(_EXPR, v)
                self.visit(v)
            else:
                self.visit(k)
                self.write(': ')
                self.visit(v)
        self.write('{')
        self.commas(list(zip(node.keys, node.values)), item)
        self.write('}')

    def v_Tuple(self, node):
        def go():
            if len(node.elts) == 1:
                self.visit(node.elts[0])
                self.write(',')
            else:
                self.commas(node.elts)
        self.delimit_if('(', ')', len(node.elts) == 0 or self.get_prec(node) > _TUPLE, go)

    def v_UnaryOp(self, node):
        text, prec = _UNOPS[type(node.op).__name__]

        def go():
            self.write(text)
            # Only the word operator needs a space after it.
            if prec != _FACTOR:
                self.write(' ')
            self.set_prec(prec, node.operand)
            self.visit(node.operand)
        self.paren_if(prec, node, go)

    def v_BinOp(self, node):
        text, prec = _BINOPS[type(node.op).__name__]

        def go():
            if prec == _POWER:
                left, right = prec + 1, prec
            else:
                left, right = prec, prec + 1
            self.set_prec(left, node.left)
            self.visit(node.left)
            self.write(' ' + text + ' ')
            self.set_prec(right, node.right)
            self.visit(node.right)
        self.paren_if(prec, node, go)

    def v_Compare(self, node):
        def go():
            self.set_prec(_CMP + 1, node.left, *node.comparators)
            self.visit(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _CMPOPS[type(op).__name__] + ' ')
                self.visit(right)
        self.paren_if(_CMP, node, go)

    def v_BoolOp(self, node):
        text, prec = _BOOLOPS[type(node.op).__name__]
        # Each operand after the first is asked to bind one level tighter still.
        state = [prec]

        def each(value):
            state[0] += 1
            self.set_prec(state[0], value)
            self.visit(value)

        def go():
            first = True
            for v in node.values:
                if not first:
                    self.write(' ' + text + ' ')
                first = False
                each(v)
        self.paren_if(prec, node, go)

    def v_Attribute(self, node):
        self.set_prec(_ATOM, node.value)
        self.visit(node.value)
        # `1 .real`: an int literal followed by a dot would read as a float.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def v_Call(self, node):
        self.set_prec(_ATOM, node.func)
        self.visit(node.func)
        self.write('(')
        self.commas(list(node.args) + list(node.keywords))
        self.write(')')

    def v_Subscript(self, node):
        def is_simple_tuple(s):
            return isinstance(s, Tuple) and s.elts
        self.set_prec(_ATOM, node.value)
        self.visit(node.value)
        self.write('[')
        if is_simple_tuple(node.slice):
            if len(node.slice.elts) == 1:
                self.visit(node.slice.elts[0])
                self.write(',')
            else:
                self.commas(node.slice.elts)
        else:
            self.visit(node.slice)
        self.write(']')

    def v_Starred(self, node):
        self.write('*')
        self.set_prec(_EXPR, node.value)
        self.visit(node.value)

    def v_Slice(self, node):
        if node.lower:
            self.visit(node.lower)
        self.write(':')
        if node.upper:
            self.visit(node.upper)
        if node.step:
            self.write(':')
            self.visit(node.step)

    def v_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.visit(node.annotation)

    def v_arguments(self, node):
        first = True
        positional = list(node.posonlyargs) + list(node.args)
        defaults = [None] * (len(positional) - len(node.defaults)) + list(node.defaults)
        for index, (a, d) in enumerate(zip(positional, defaults), 1):
            if first:
                first = False
            else:
                self.write(', ')
            self.visit(a)
            if d:
                self.write('=')
                self.visit(d)
            if index == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            if first:
                first = False
            else:
                self.write(', ')
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.visit(node.vararg.annotation)
        if node.kwonlyargs:
            for a, d in zip(node.kwonlyargs, node.kw_defaults):
                self.write(', ')
                self.visit(a)
                if d:
                    self.write('=')
                    self.visit(d)
        if node.kwarg:
            if not first:
                self.write(', ')
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.visit(node.kwarg.annotation)

    def v_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg + '=')
        self.visit(node.value)

    def v_Lambda(self, node):
        def go():
            self.write('lambda')
            text = _Unparser().run(node.args)
            if text:
                self.write(' ' + text)
            self.write(': ')
            self.set_prec(_TEST, node.body)
            self.visit(node.body)
        self.paren_if(_TEST, node, go)

    def v_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    # -- patterns
    def v_MatchValue(self, node):
        self.visit(node.value)

    def v_MatchSingleton(self, node):
        self.constant(node.value)

    def v_MatchSequence(self, node):
        self.write('[')
        self.commas(node.patterns)
        self.write(']')

    def v_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def v_MatchMapping(self, node):
        def pair(kp):
            self.visit(kp[0])
            self.write(': ')
            self.visit(kp[1])
        self.write('{')
        self.commas(list(zip(node.keys, node.patterns)), pair)
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def v_MatchClass(self, node):
        self.set_prec(_ATOM, node.cls)
        self.visit(node.cls)
        self.write('(')
        self.commas(node.patterns)
        if node.patterns and node.kwd_attrs:
            self.write(', ')

        def kw(pair):
            self.write(pair[0] + '=')
            self.visit(pair[1])
        self.commas(list(zip(node.kwd_attrs, node.kwd_patterns)), kw)
        self.write(')')

    def v_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            def go():
                self.set_prec(_BOR, node.pattern)
                self.visit(node.pattern)
                self.write(' as ' + node.name)
            self.paren_if(_TEST, node, go)

    def v_MatchOr(self, node):
        def go():
            first = True
            for p in node.patterns:
                if not first:
                    self.write(' | ')
                first = False
                self.set_prec(_BOR + 1, p)
                self.visit(p)
        self.paren_if(_BOR, node, go)


def unparse(ast_obj):
    """Unparse an AST object and generate a code string."""
    return _Unparser().run(ast_obj)


def main():
    import sys
    args = sys.argv[1:]
    name = args[0] if args else '-'
    source = sys.stdin.read() if name == '-' else open(name).read()
    print(dump(parse(source, name if name != '-' else '<stdin>'), indent=3))
