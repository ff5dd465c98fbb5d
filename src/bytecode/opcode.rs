//! The instruction set of mempy's virtual machine.
//!
//! Mirrors CPython 3.11's bytecode (Include/opcode.h) where the semantics match, with
//! operands inline in the enum instead of EXTENDED_ARG prefixes. `Op` is `Copy` and
//! 8 bytes, so a code object is a flat `Vec<Op>` and dispatch is one `match`.
//!
//! Stack notation in the docs: `[a, b] -> [c]` means the instruction pops `b` then `a`
//! (b on top) and pushes `c`. Jump targets are absolute instruction indices.
//! Every value on the stack is an *owned* reference (see `vm/mod.rs`).

/// Binary operators (`BINARY_OP`'s argument in CPython 3.11; also the operator of an
/// augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// Comparison operators (`COMPARE_OP`, `IS_OP`, `CONTAINS_OP` in CPython 3.11).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl BinOp {
    /// The operator's source text, as used in CPython's error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::FloorDiv => "//",
        }
    }
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

/// Unary operators (`-x`, `+x`, `~x`, `not x`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Unary {
    Neg,
    Pos,
    Invert,
    Not,
}

/// What an `Op::Trace` instruction reports to the `--trace` recorder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum TraceEvent {
    /// First instruction of a code object: a frame starts (or a generator resumes
    /// for the first time).
    Call,
    /// A statement starts (or a loop head is reached again).
    Line,
    /// The frame is about to return the value on top of the stack.
    Return,
}

/// One VM instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    /// `[] -> []`: reports an event to the `--trace` recorder. Only emitted when the
    /// compiler traces the file (see `compiler::set_trace_file`), so untraced code
    /// pays nothing for tracing.
    Trace(TraceEvent),
    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// `[] -> [locals[i]]`; UnboundLocalError if the slot is unbound.
    LoadFast(u32),
    /// `[v] -> []`, stores into locals[i].
    StoreFast(u32),
    /// Unbinds locals[i] (UnboundLocalError if already unbound).
    DeleteFast(u32),
    /// `[] -> [cell.contents]` for cell/free slot i (cellvars first, then freevars).
    /// NameError/UnboundLocalError ("cannot access free variable ...") if empty.
    LoadDeref(u32),
    /// A free variable read in a class body (LOAD_CLASSDEREF): the class namespace
    /// first, then the cell.
    LoadClassDeref(u32),
    /// `[v] -> []`, stores into the cell in cell/free slot i.
    StoreDeref(u32),
    /// Empties the cell in cell/free slot i.
    DeleteDeref(u32),
    /// `[] -> [cell]`: pushes the cell object itself (to build a closure tuple).
    LoadClosure(u32),
    /// `[] -> [value]`: names[i] from globals, then builtins. NameError if missing.
    LoadGlobal(u32),
    /// `[v] -> []` into globals.
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// `[] -> [value]`: names[i] from the frame's locals dict (class body / module),
    /// then globals, then builtins.
    LoadName(u32),
    /// `[v] -> []` into the frame's locals dict (globals at module level).
    StoreName(u32),
    DeleteName(u32),
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[value, obj] -> []`: `obj.names[i] = value`.
    StoreAttr(u32),
    /// `[obj] -> []`: `del obj.names[i]`.
    DeleteAttr(u32),
    /// `[obj] -> [func, obj]` when names[i] is a plain function found on the type
    /// (no bound method is allocated), else `[obj] -> [UNDEF, attr]`. Paired with CallMethod.
    LoadMethod(u32),
    /// `[func_or_undef, self_or_callable, args * n] -> [result]`.
    CallMethod(u32),
    /// `[callable, args * n] -> [result]`.
    Call(u32),
    /// `[callable, args * n, kwnames] -> [result]`: the last `len(kwnames)` of the `n`
    /// args are keyword arguments; kwnames is a constant tuple of str.
    CallKw(u32),
    /// `[func_or_undef, self_or_callable, args * n, kwnames] -> [result]`: CallMethod
    /// with keyword arguments (`obj.meth(x, k=v)` after LoadMethod, CPython 3.11's
    /// LOAD_METHOD + KW_NAMES + CALL): the last `len(kwnames)` of the `n` args are
    /// keyword arguments; no bound method is allocated.
    CallMethodKw(u32),
    /// `[callable, args_tuple] -> [result]` or, when the flag is 1,
    /// `[callable, args_tuple, kwargs_dict] -> [result]` (`f(*a, **k)`).
    CallEx(u32),
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []`: `container[key] = value`.
    StoreSubscr,
    /// `[container, key] -> []`: `del container[key]`.
    DeleteSubscr,
    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a, b] -> [a op= b]`: tries `__iop__` first (list `+=` extends in place).
    InplaceOp(BinOp),
    /// `[a] -> [op a]`
    UnaryOp(Unary),
    /// `[a, b] -> [a op b]` for all comparison operators including `is`, `in`.
    CompareOp(CmpOp),
    // Superinstructions made by `quicken` (never emitted by the compiler): each runs
    // itself and the next instruction, which is left in place (see quicken.rs).
    /// `LoadFast(i)` then the following `LoadFast`.
    LoadFastLoadFast(u32),
    /// `LoadFast(i)` then the following `LoadConst`.
    LoadFastLoadConst(u32),
    /// `LoadFast(i)` then the following `LoadAttr`.
    LoadFastLoadAttr(u32),
    /// `LoadGlobal(i)` then the following `LoadAttr` (`Direction.NONE`, `mod.CONST`).
    LoadGlobalLoadAttr(u32),
    /// `LoadFast(i)` then the following `LoadMethod` (`c.output()`).
    LoadFastLoadMethod(u32),
    /// `LoadFast(i)` then the following `UnpackSequence(n)` and the `n` `StoreFast`s
    /// after it (`a, b = t`).
    LoadFastUnpack(u32),
    /// `LoadDeref(i)` then the following `LoadFast` (`pool[i]` in a comprehension or
    /// closure that reads an enclosing variable).
    LoadDerefLoadFast(u32),
    /// `LoadFast(i)` then the following `StoreAttr` (`self.x = v`).
    LoadFastStoreAttr(u32),
    /// `CompareOp` then the following `PopJumpIfFalse`, without materialising the bool.
    CompareJumpIfFalse(CmpOp),
    /// `[a] -> []`
    Pop,
    /// `[.., x1 .. xn] -> [.., x1 .. xn, x1]` : pushes a new reference to the n-th item
    /// from the top (`Copy(1)` duplicates the top), like CPython's COPY.
    Copy(u32),
    /// Swaps the top with the n-th item from the top (`Swap(2)` swaps the two top items).
    Swap(u32),
    /// Unconditional jump.
    Jump(u32),
    /// `[cond] -> []`, jumps if cond is false.
    PopJumpIfFalse(u32),
    /// `[cond] -> []`, jumps if cond is true.
    PopJumpIfTrue(u32),
    /// If top is false, jump and keep it; else pop it (for `and`).
    JumpIfFalseOrPop(u32),
    /// If top is true, jump and keep it; else pop it (for `or`).
    JumpIfTrueOrPop(u32),
    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[iterator] -> [iterator, next]`, or on exhaustion `[iterator] -> []` and jump.
    ForIter(u32),
    /// `[x * n] -> [tuple]`
    BuildTuple(u32),
    /// `[x * n] -> [list]`
    BuildList(u32),
    /// `[x * n] -> [set]`
    BuildSet(u32),
    /// `[k1, v1, .., kn, vn] -> [dict]`
    BuildMap(u32),
    /// `[v1, .., vn, keys] -> [dict]`: a dict of the n keys of the constant tuple
    /// `keys` and the n values (CPython's `BUILD_CONST_KEY_MAP`).
    BuildConstKeyMap(u32),
    /// `[s * n] -> [str]`: concatenates n strings (f-strings).
    BuildString(u32),
    /// `[lower, upper] -> [slice]` (n = 2) or `[lower, upper, step] -> [slice]` (n = 3).
    BuildSlice(u32),
    /// `[.., list, (i-1 items).., v] -> [.., list, ..]`: appends v to the list at
    /// depth i (counted after popping v), like CPython's LIST_APPEND.
    ListAppend(u32),
    /// Like ListAppend for sets.
    SetAdd(u32),
    /// `[.., dict, .., k, v] -> [.., dict, ..]`: `dict[k] = v`, dict at depth i after popping.
    MapAdd(u32),
    /// `[.., list, .., iterable] -> [.., list, ..]`: extends the list at depth i.
    ListExtend(u32),
    /// `[.., set, .., iterable] -> [.., set, ..]`
    SetUpdate(u32),
    /// `[.., dict, .., mapping] -> [.., dict, ..]`: `{**m}`.
    DictUpdate(u32),
    /// Like DictUpdate but a repeated key is a TypeError (`f(**a, **b)`).
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[seq] -> [x_n, .., x_1]` (x_1 on top), ValueError on a length mismatch.
    UnpackSequence(u32),
    /// Star unpacking: operand = before | (after << 16).
    /// `[seq] -> [after items reversed.., list, before items reversed..]`, first item on top.
    UnpackEx(u32),
    /// f-string formatting. flags & 3: 0 none, 1 str, 2 repr, 3 ascii; flags & 4: a format
    /// spec is on top. `[value, spec?] -> [str]`
    FormatValue(u32),
    /// Builds a function from the code object on top. flags: 1 a defaults tuple,
    /// 2 a kw-defaults dict, 8 a closure tuple are on the stack below the code, in the
    /// order `[defaults?, kwdefaults?, closure?, code] -> [function]`.
    MakeFunction(u32),
    /// `[value] -> []`: returns from the frame.
    ReturnValue,
    /// `[value] -> [sent]`: suspends a generator, handing value to the caller; on resume
    /// the sent value (None for `next`) is pushed.
    YieldValue,
    /// `[iterable] -> [iterator]` for `yield from` (generators are kept as they are).
    GetYieldFromIter,
    /// `[subiter, sent] -> ...`: sends `sent` into subiter. If it yields `v`, the frame
    /// suspends yielding `v` and, on resume, replaces `sent` with the new sent value and runs
    /// this instruction again. If it finishes, `-> [return_value]` and execution continues.
    YieldFrom,
    /// `[obj] -> [awaitable]`: what `await obj` iterates (CPython's GET_AWAITABLE): a
    /// coroutine itself, else the iterator `type(obj).__await__(obj)` returns. The
    /// argument names the context in errors: 0 `await`, 1 `__aenter__`, 2 `__aexit__`.
    GetAwaitable(u32),
    /// `[mgr] -> [aexit, aenter_result]` for `async with` (BEFORE_ASYNC_WITH): the bound
    /// `__aexit__` and the (not yet awaited) result of `__aenter__`.
    BeforeAsyncWith,
    /// `[aexit] -> [result]`: calls `aexit(None, None, None)` when an `async with` body is
    /// left without an exception; the result is then awaited.
    AsyncWithExit,
    /// `[obj] -> [aiter]` for `async for`: `type(obj).__aiter__(obj)` (GET_AITER).
    GetAIter,
    /// `[aiter] -> [aiter, awaitable]`: the awaitable of `aiter.__anext__()` (GET_ANEXT).
    GetANext,
    /// `[aiter, exc] -> []`: the handler of an `async for` step. StopAsyncIteration ends
    /// the loop (popping it from the handled stack); anything else is re-raised.
    EndAsyncFor,
    /// `[] -> [module]`: imports names[i] (leading dots: relative to the current
    /// package). Pushes the top package for `import a.b`; when the next instruction is
    /// `ImportFrom`/`ImportStar` (a `from` import), the named module itself.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]`; ImportError if missing.
    ImportFrom(u32),
    /// `[module] -> []`: copies the module's public names into the current namespace.
    ImportStar,
    /// Pushes an exception-handler block: if an exception is raised before the matching
    /// PopBlock, the stack is cut back to its depth at SetupExcept, the exception is
    /// pushed, it becomes the "currently handled" exception, and execution jumps to target.
    SetupExcept(u32),
    /// Pops the innermost handler block (normal exit from a try body).
    PopBlock,
    /// Ends an except/finally handler: restores the previously handled exception.
    /// `[exc] -> []`.
    PopExcept,
    /// `raise`: 0 operands re-raises the handled exception; 1 `[exc] -> !`;
    /// 2 `[exc, cause] -> !` (`raise exc from cause`).
    Raise(u32),
    /// `[exc] -> !`: re-raises exc keeping its traceback (end of finally / unmatched except).
    /// A nonzero operand (CPython's `RERAISE 1`/`RERAISE 2`, after a cleanup or `with`
    /// handler) also moves the frame back to the instruction that raised exc, so a
    /// frame the exception leaves reports that line as its `f_lineno`.
    Reraise(u32),
    /// `[exc, type] -> [exc, bool]`: `isinstance(exc, type)` for except clauses
    /// (type may be a tuple). TypeError if type is not an exception class.
    CheckExcMatch,
    /// `[exc, type] -> [rest, match, true]` when part of `exc` matches an `except*`
    /// clause's type (a naked exception is wrapped in an ExceptionGroup), else
    /// `[exc, None, false]`; the match becomes the handled exception (CPython's
    /// CHECK_EG_MATCH, which pushes no bool: the compiler jumps on it).
    CheckEgMatch,
    /// `[orig, raised] -> [exc or None]`: the exception an `except*` statement
    /// raises from the original and the list of what its clauses raised and left
    /// unhandled (CPython's PREP_RERAISE_STAR).
    PrepReraiseStar,
    /// `[ctx] -> [exit, ctx.__enter__()]` where exit is the bound `ctx.__exit__`.
    BeforeWith,
    /// `[exit, exc] -> [exit, exc, exit(type(exc), exc, tb)]` in a with-handler.
    WithExceptStart,
    /// `[] -> [__build_class__]`
    LoadBuildClass,
    /// `[] -> [AssertionError]`
    LoadAssertionError,
    /// `[obj] -> [obj, len(obj)]` (GET_LEN, for sequence and mapping patterns).
    GetLen,
    /// `[subject] -> [subject, bool]`: is it a sequence for pattern matching
    /// (MATCH_SEQUENCE: list, tuple, range, `collections.abc.Sequence`; not str/bytes).
    MatchSequence,
    /// `[subject] -> [subject, bool]`: is it a mapping (MATCH_MAPPING: dict,
    /// `collections.abc.Mapping`).
    MatchMapping,
    /// `[subject, keys] -> [subject, keys, values]`: the values of the tuple of keys, or
    /// None when one is missing (MATCH_KEYS).
    MatchKeys,
    /// `[subject, cls, kwnames] -> [attrs]`: isinstance check and the tuple of the n
    /// positional and the keyword attributes, or None (MATCH_CLASS).
    MatchClass(u32),
    /// REPL: `[v] -> []`, prints repr(v) unless None and binds `_`.
    PrintExpr,
    /// Pushes `locals()` of a class body (used to return the namespace).
    LoadLocals,
    /// `[] -> []`: binds a new dict to `__annotations__` in the locals unless they
    /// already hold one (SETUP_ANNOTATIONS: a metaclass's `__prepare__` may supply it).
    SetupAnnotations,
}

// Keep instructions small: the dispatch loop streams through them.
const _: () = assert!(std::mem::size_of::<Op>() <= 8);
