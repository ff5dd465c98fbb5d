//! Code objects: the compiler's output and the VM's input.
//!
//! Mirrors CPython's `PyCodeObject` (Include/cpython/code.h): instructions, constants,
//! names, local variable layout, and a line table for tracebacks.

use super::opcode::Op;
use num_bigint::BigInt;
use std::cell::OnceCell;
use std::rc::Rc;

/// A compile-time constant. The VM turns each into a heap value once per code object.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    /// A complex constant (imaginary literals and their folded arithmetic).
    Complex(f64, f64),
    Str(Rc<str>),
    /// A str holding lone surrogates, written as stand-ins (`text::surrogates`).
    SurrStr(Rc<str>),
    /// A bytes literal (`b"..."`, adjacent literals already joined).
    Bytes(Rc<[u8]>),
    /// A tuple of constants (keyword-name tuples for CallKw, folded tuples).
    Tuple(Rc<[Const]>),
    /// A frozenset of constants, the items in source order (CPython's AST optimiser
    /// makes one of a set display of constants after `in`/`not in` or as a `for`
    /// loop's iterable); the VM adds them one by one, as `PyFrozenSet_New` of the
    /// tuple does.
    FrozenSet(Rc<[Const]>),
    /// A nested function, lambda, comprehension or class body.
    Code(Rc<CodeObject>),
}

/// The identity of a constant for merging (CPython's `_PyCode_ConstantKey`): the type
/// is part of it (`1`, `1.0` and `True` stay apart), floats compare by their bits
/// (`0.0` and `-0.0` stay apart). Code objects are never merged.
#[derive(Hash, PartialEq, Eq, PartialOrd, Ord)]
pub enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(String),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    SurrStr(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<ConstKey>),
    /// The items' keys, sorted and without repeats (a frozenset's key is the set of
    /// its items' keys, so `{1, 2}` and `{2, 1}` merge).
    FrozenSet(Vec<ConstKey>),
}

impl ConstKey {
    pub fn of(c: &Const) -> Option<ConstKey> {
        Some(match c {
            Const::None => ConstKey::None,
            Const::Ellipsis => ConstKey::Ellipsis,
            Const::Bool(b) => ConstKey::Bool(*b),
            Const::Int(i) => ConstKey::Int(*i),
            Const::BigInt(b) => ConstKey::BigInt(b.to_string()),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Complex(re, im) => ConstKey::Complex(re.to_bits(), im.to_bits()),
            Const::Str(s) => ConstKey::Str(s.clone()),
            Const::SurrStr(s) => ConstKey::SurrStr(s.clone()),
            Const::Bytes(b) => ConstKey::Bytes(b.clone()),
            Const::Tuple(items) => {
                ConstKey::Tuple(items.iter().map(ConstKey::of).collect::<Option<_>>()?)
            }
            Const::FrozenSet(items) => {
                let mut keys = items.iter().map(ConstKey::of).collect::<Option<Vec<_>>>()?;
                keys.sort();
                keys.dedup();
                ConstKey::FrozenSet(keys)
            }
            Const::Code(_) => return None,
        })
    }
}

/// Flags of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkeywords: bool,
    /// Contains `yield`, or is an `async def`: calling it makes a generator object
    /// (a coroutine when `coroutine` is set too) and runs nothing.
    pub generator: bool,
    /// An `async def` body (CPython's CO_COROUTINE): its generator object is a
    /// `coroutine`, awaitable, with no `__next__`.
    pub coroutine: bool,
    /// An `async def` containing `yield`, or an asynchronous generator expression
    /// (CPython's CO_ASYNC_GENERATOR): `coroutine` is set too (its body may `await`,
    /// it is not iterable), but its generator object is an `async_generator`.
    pub async_generator: bool,
    /// A class body or module: names use LoadName/StoreName on a namespace dict.
    pub uses_namespace: bool,
}

/// One compiled function body, module or class body.
#[derive(Debug)]
pub struct CodeObject {
    /// `f`, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, class name.
    pub name: String,
    /// `C.method.<locals>.inner`, as CPython's `__qualname__`.
    pub qualname: String,
    /// The file name shown in tracebacks (`script.py`, `<string>`, `<stdin>`).
    pub filename: Rc<str>,
    pub code: Box<[Op]>,
    /// Source line of each instruction (same length as `code`).
    pub lines: Box<[u32]>,
    /// Byte span in the source file of the statement or expression each instruction
    /// comes from (CPython's `co_positions`; `(u32::MAX, u32::MAX)` for none): the
    /// traceback's `^^^^` markers underline it.
    pub spans: SpanTable,
    pub consts: Box<[Const]>,
    /// Per constant: whether CPython's parser (or its AST optimiser) made the object,
    /// so that its arena holds a reference while the main script runs; false for
    /// tuples the compiler folds afterwards (defaults, list displays), which only
    /// `co_consts` holds.
    pub parser_made: Box<[bool]>,
    /// Global, attribute and imported names referenced by index.
    pub names: Box<[Rc<str>]>,
    /// Local variables: parameters first (positional, then keyword-only, then *args,
    /// then **kwargs), then other locals.
    pub varnames: Box<[Rc<str>]>,
    /// Locals captured by inner functions (they live in cells).
    pub cellvars: Box<[Rc<str>]>,
    /// Variables from enclosing functions (cells passed in the closure tuple).
    pub freevars: Box<[Rc<str>]>,
    /// For each cellvar, the index of the parameter it is initialised from, if any.
    pub cell2arg: Box<[Option<u32>]>,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// Maximum depth of the evaluation stack, computed by the compiler.
    pub max_stack: u32,
    /// `argcount` when a call with exactly that many positional arguments needs no
    /// binding work (no keyword-only, `*args`/`**kwargs` or generator flags; cells are
    /// made, then the closure's cells pushed, after the locals), else
    /// `u32::MAX`: the one check of the fast call path.
    pub simple_argc: u32,
    pub first_line: u32,
    /// Instructions the compiler added without a statement of their own (an implicit
    /// `return None`): `sys.settrace` reports no line for them.
    pub no_line: Box<[u32]>,
    /// The line each instruction reports to `sys.settrace` (0: none), made by the VM
    /// on first use while tracing.
    pub event_lines: OnceCell<Box<[u32]>>,
    /// The docstring, if the body starts with a string literal.
    pub docstring: Option<Rc<str>>,
    /// The VM's heap values for `consts` and `names`, made on first use (owned by the code
    /// object for as long as it lives).
    pub runtime: OnceCell<RuntimeConsts>,
}

/// Heap values for a code object's constants and names, filled in by the VM.
#[derive(Debug)]
pub struct RuntimeConsts {
    pub consts: Box<[crate::value::Value]>,
    pub names: Box<[crate::value::Value]>,
    /// `co_name` and `co_qualname` as interned strings (immortal), which every
    /// function made from this code shares.
    pub name: crate::value::Value,
    pub qualname: crate::value::Value,
    /// Where `MAKE_FUNCTION` last found `__name__` in the globals of a function made
    /// from this code (an entry index; `u32::MAX` before the first time): a hint
    /// checked against the entry's key, so a rebound, deleted or moved `__name__`, or
    /// other globals, only cost the full lookup.
    pub module_ix: std::cell::Cell<u32>,
    /// What only running the code needs: its quickened instructions and inline
    /// caches, built the first time a frame of it runs ([`RuntimeConsts::exec`]).
    /// Most functions of an imported module never run: their constants must exist
    /// with the module's (equal constants of a compilation unit are one object), but
    /// their instructions and caches need not (several hundred bytes per function).
    pub exec: std::cell::OnceCell<Box<ExecState>>,
    /// Where `consts` go when the code object dies (see [`ConstOrphans`]).
    pub orphans: ConstOrphans,
}

/// The spans of a code object's instructions, compressed: only tracebacks and
/// `co_positions()` read them, in order or once per entry, while every code object
/// of every loaded module keeps them (eight bytes per instruction as pairs of
/// `u32`). Each instruction is `0` (no span: `(u32::MAX, u32::MAX)`) or the zigzag
/// difference of its start from the previous span's start plus one, then its
/// length, as LEB128 varints: about three bytes per instruction.
#[derive(Clone, Debug, Default)]
pub struct SpanTable(Box<[u8]>);

impl SpanTable {
    pub fn from_spans(spans: &[(u32, u32)]) -> SpanTable {
        fn varint(out: &mut Vec<u8>, mut v: u64) {
            while v >= 0x80 {
                out.push((v as u8) | 0x80);
                v >>= 7;
            }
            out.push(v as u8);
        }
        let mut out = Vec::with_capacity(spans.len() * 3);
        let mut prev = 0i64;
        for &(start, end) in spans {
            if start == u32::MAX {
                out.push(0);
                continue;
            }
            let d = start as i64 - prev;
            varint(&mut out, (((d << 1) ^ (d >> 63)) as u64) + 1);
            // (A span never ends before it starts; saturate rather than trust it.)
            varint(&mut out, end.saturating_sub(start) as u64);
            prev = start as i64;
        }
        SpanTable(out.into_boxed_slice())
    }

    /// The spans in instruction order.
    pub fn iter(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        let bytes = &self.0;
        let mut pos = 0usize;
        let mut prev = 0i64;
        std::iter::from_fn(move || {
            let mut varint = || {
                let (mut v, mut shift) = (0u64, 0);
                loop {
                    let b = *bytes.get(pos)?;
                    pos += 1;
                    v |= ((b & 0x7f) as u64) << shift;
                    if b & 0x80 == 0 {
                        return Some(v);
                    }
                    shift += 7;
                }
            };
            let z = varint()?;
            if z == 0 {
                return Some((u32::MAX, u32::MAX));
            }
            let z = z - 1;
            let d = ((z >> 1) as i64) ^ -((z & 1) as i64);
            let start = prev + d;
            let len = varint()?;
            prev = start;
            Some((start as u32, (start as u64 + len) as u32))
        })
    }

    /// The span of instruction `i` (None past the end).
    pub fn get(&self, i: usize) -> Option<(u32, u32)> {
        self.iter().nth(i)
    }
}

/// The part of a code object's runtime state that only executing it needs (see
/// `RuntimeConsts::exec`).
#[derive(Debug)]
pub struct ExecState {
    /// The instructions the VM executes: `code` with superinstructions
    /// (see `bytecode/quicken.rs`), same length and indices.
    pub quick: Box<[super::Op]>,
    /// Per-name inline cache for `LoadGlobal` (CPython 3.11's `LOAD_GLOBAL` adaptive
    /// cache), see [`GlobalCache`].
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    /// Per-name inline caches for instance attribute loads and stores (CPython 3.11's
    /// `LOAD_ATTR_INSTANCE_VALUE` / `STORE_ATTR_INSTANCE_VALUE`), see [`AttrCache`].
    pub load_attr_cache: Box<[std::cell::Cell<AttrCache>]>,
    pub store_attr_cache: Box<[std::cell::Cell<AttrCache>]>,
    /// Per-name inline cache for `LoadMethod` (CPython 3.11's `LOAD_METHOD_WITH_VALUES`
    /// / `LOAD_METHOD_NO_DICT`), see [`MethodCache`].
    pub method_cache: Box<[std::cell::Cell<MethodCache>]>,
}

impl RuntimeConsts {
    /// The execution state, which the VM builds before the first frame of the code
    /// runs (`Vm::exec_of`): every caller holds a frame of this code.
    #[inline(always)]
    pub fn exec(&self) -> &ExecState {
        match self.exec.get() {
            Some(e) => e,
            None => unreachable!("a code object's execution state is built before it runs"),
        }
    }
}

/// The VM's list of constants whose code object died. `consts` are owned references
/// (`names` are borrowed interned strings), but a code object is a Rust `Rc` shared by
/// functions, generators, frames and tracebacks, and dropped wherever its last holder
/// lets go, without access to the heap: so its drop hands the references to this list,
/// which the VM releases at its next safe point (`Vm::release_orphaned_consts`), as
/// CPython's `code_dealloc` decrefs `co_consts`.
pub type ConstOrphans = Rc<std::cell::RefCell<Vec<crate::value::Value>>>;

impl Drop for RuntimeConsts {
    fn drop(&mut self) {
        self.orphans
            .borrow_mut()
            .extend(self.consts.iter().copied());
    }
}

/// How many classes one attribute or method cache remembers. CPython 3.11's inline
/// caches are monomorphic and fall back to a generic lookup that is cheap; ours is
/// not as cheap, and code that works on a class hierarchy (a method of a base class
/// reading `self.x` on instances of four subclasses, `t.fn()` on tasks of four kinds)
/// would miss on every call. Four entries cover the common hierarchies; the most
/// recently filled entry comes first, the least recently filled one is evicted.
pub const POLY: usize = 4;

/// The empty class slot of an [`AttrCache`] or [`MethodCache`] (no class has it).
pub const NO_CLASS: u32 = u32::MAX;

/// Where an instance attribute was found last time, per class: for instances of class
/// `cls[k]`, entry `ix[k]` of the inline attributes. Valid while the VM's class epoch
/// is `epoch` (no class namespace changed, so the class still has no data descriptor
/// or `__setattr__` override for the name) and the entry's key is still the name
/// itself. `hash` is the name's hash (each cache belongs to one name), so a store that
/// adds the attribute to a fresh instance need not read the name's str object.
#[derive(Clone, Copy, Debug)]
pub struct AttrCache {
    pub epoch: u64,
    pub hash: i64,
    pub cls: [u32; POLY],
    pub ix: [u32; POLY],
    /// On a class object itself (`Strength.REQUIRED`, CPython 3.12's LOAD_ATTR_CLASS):
    /// the class `recv_class` (whose metaclass is `type`) gives the name as the plain
    /// value `recv_value` (no `__get__`), borrowed from a namespace along its MRO.
    /// Valid for `epoch`, as the entries above: no class namespace changed since, so
    /// the lookup still gives it and the namespace still owns it.
    pub recv_class: u32,
    pub recv_value: crate::value::Value,
    /// For the entries whose `ix` is a class-side kind (`vm/attr/specialize.rs`:
    /// `CLASS_VALUE_IX`, `PROPERTY_IX`), the object the class's MRO gives for the
    /// name, borrowed from its namespace like `recv_value`; `Undef` otherwise.
    pub val: [crate::value::Value; POLY],
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            epoch: 0,
            hash: 0,
            cls: [NO_CLASS; POLY],
            ix: [0; POLY],
            recv_class: NO_CLASS,
            recv_value: crate::value::Value::Undef,
            val: [crate::value::Value::Undef; POLY],
        }
    }
}

impl AttrCache {
    /// The slot remembered for class `cls`, if any.
    #[inline(always)]
    pub fn slot_of(&self, cls: u32) -> Option<usize> {
        self.cls.iter().position(|&c| c == cls)
    }

    /// Remembers what the name gives on the class object `cls` itself (entries of an
    /// older epoch are dropped).
    pub fn remember_class_value(
        &mut self,
        epoch: u64,
        hash: i64,
        cls: u32,
        value: crate::value::Value,
    ) {
        if self.epoch != epoch || self.hash != hash {
            *self = AttrCache {
                epoch,
                hash,
                ..AttrCache::default()
            };
        }
        self.recv_class = cls;
        self.recv_value = value;
    }

    /// Remembers `ix` for `cls` (an existing entry is updated in place; a new one goes
    /// first, evicting the last). Entries of an older epoch are dropped.
    pub fn remember(&mut self, epoch: u64, hash: i64, cls: u32, ix: u32) {
        self.remember_with(epoch, hash, cls, ix, crate::value::Value::Undef);
    }

    /// `remember` with the entry's class-side object `val` (see [`AttrCache::val`]).
    pub fn remember_with(
        &mut self,
        epoch: u64,
        hash: i64,
        cls: u32,
        ix: u32,
        val: crate::value::Value,
    ) {
        if self.epoch != epoch || self.hash != hash {
            *self = AttrCache {
                epoch,
                hash,
                ..AttrCache::default()
            };
        }
        if let Some(k) = self.slot_of(cls) {
            self.ix[k] = ix;
            self.val[k] = val;
            return;
        }
        self.cls.copy_within(0..POLY - 1, 1);
        self.ix.copy_within(0..POLY - 1, 1);
        self.val.copy_within(0..POLY - 1, 1);
        self.cls[0] = cls;
        self.ix[0] = ix;
        self.val[0] = val;
    }
}

/// What `LoadMethod` found last time, per class: on objects whose type is `cls[k]`,
/// the name resolves to the plain function (or unbound builtin) `func[k]` of the
/// class. Valid while the VM's class epoch is `epoch` (no class namespace changed, so
/// `func` is still what the MRO lookup gives and the class dict still owns it) and the
/// instance has no attribute shadowing the name: no `__dict__` and no inline attribute
/// whose hash is `hash` (the name's; equal strs hash equal, so a different hash rules
/// a key out).
///
/// On a module (`math.sqrt`), `module_dict`/`module_ix` remember the module dict
/// and the entry index where the name was found (CPython's LOAD_ATTR_MODULE keeps the
/// index too): valid when that dict's entry there still has the name as its key
/// (keys are unique, so it is then the name's binding), checked on every use.
#[derive(Clone, Copy, Debug)]
pub struct MethodCache {
    pub epoch: u64,
    pub hash: i64,
    pub cls: [u32; POLY],
    pub func: [u32; POLY],
    pub module_dict: u32,
    pub module_ix: u32,
    /// On a class object itself (`Strength.stronger(a, b)`, CPython's
    /// LOAD_METHOD_CLASS): the class `recv_class` (whose metaclass is `type`) gives
    /// the name as the function `recv_func`, wrapped in a classmethod when
    /// `recv_bind` (then the call gets the class as its first argument). Valid for
    /// `epoch`, as the entries above.
    pub recv_class: u32,
    pub recv_func: u32,
    pub recv_bind: bool,
}

impl Default for MethodCache {
    fn default() -> Self {
        MethodCache {
            epoch: 0,
            hash: 0,
            cls: [NO_CLASS; POLY],
            func: [0; POLY],
            module_dict: u32::MAX,
            module_ix: 0,
            recv_class: NO_CLASS,
            recv_func: 0,
            recv_bind: false,
        }
    }
}

impl MethodCache {
    /// The method remembered for class `cls`, if any.
    #[inline(always)]
    pub fn func_of(&self, cls: u32) -> Option<u32> {
        let k = self.cls.iter().position(|&c| c == cls)?;
        Some(self.func[k])
    }

    /// Remembers what the name gives on the class object `cls` itself.
    pub fn remember_class_receiver(
        &mut self,
        epoch: u64,
        hash: i64,
        cls: u32,
        func: u32,
        bind: bool,
    ) {
        if self.epoch != epoch || self.hash != hash {
            *self = MethodCache {
                epoch,
                hash,
                ..MethodCache::default()
            };
        }
        self.recv_class = cls;
        self.recv_func = func;
        self.recv_bind = bind;
    }

    /// Remembers `func` for `cls`, as [`AttrCache::remember`].
    pub fn remember(&mut self, epoch: u64, hash: i64, cls: u32, func: u32) {
        if self.epoch != epoch || self.hash != hash {
            *self = MethodCache {
                epoch,
                hash,
                ..MethodCache::default()
            };
        }
        if let Some(k) = self.cls.iter().position(|&c| c == cls) {
            self.func[k] = func;
            return;
        }
        self.cls.copy_within(0..POLY - 1, 1);
        self.func.copy_within(0..POLY - 1, 1);
        self.cls[0] = cls;
        self.func[0] = func;
    }
}

/// Where `LoadGlobal` found a name last time.
///
/// * `gver == 0`: in the globals dict at entry `ix`. Valid while that entry's key is
///   still the same interned name object (keys are unique in a dict, so if the key at
///   `ix` is our name, the value there is the binding).
/// * `gver != 0`: absent from the globals dict whose version was `gver`, present in the
///   builtins dict at entry `ix`. Dict versions are tagged with a VM-wide unique high
///   half before they are cached, so no other dict can show the same version.
#[derive(Clone, Copy, Debug, Default)]
pub struct GlobalCache {
    pub gver: u64,
    pub ix: u32,
}

impl CodeObject {
    /// The name of cell slot `ci` (cells first, then free variables, as the frame
    /// lays them out after the locals); empty past the end.
    pub fn cell_name(&self, ci: usize) -> &str {
        self.cellvars
            .iter()
            .chain(self.freevars.iter())
            .nth(ci)
            .map_or("", |s| s)
    }

    /// Number of local slots a frame for this code needs (locals, then cells and frees).
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Total positional + keyword-only + star parameters.
    pub fn total_params(&self) -> usize {
        self.argcount as usize
            + self.kwonlyargcount as usize
            + self.flags.varargs as usize
            + self.flags.varkeywords as usize
    }
}

#[cfg(test)]
mod tests {
    use super::SpanTable;

    #[test]
    fn span_table_round_trips() {
        let none = (u32::MAX, u32::MAX);
        let spans = vec![
            (0, 0),
            (10, 25),
            none,
            (3, 4),
            (1_000_000, 1_000_300),
            none,
            none,
            (999_990, 1_000_001),
            (u32::MAX - 5, u32::MAX - 1),
            (0, 1 << 20),
        ];
        let t = SpanTable::from_spans(&spans);
        assert_eq!(t.iter().collect::<Vec<_>>(), spans);
        for (i, &s) in spans.iter().enumerate() {
            assert_eq!(t.get(i), Some(s));
        }
        assert_eq!(t.get(spans.len()), None);
        assert_eq!(SpanTable::from_spans(&[]).iter().count(), 0);
    }
}
