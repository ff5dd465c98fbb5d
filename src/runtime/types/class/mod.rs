//! Classes and instances (CPython `PyTypeObject`/`PyHeapTypeObject`, Objects/typeobject.c,
//! and plain instances with a `__dict__`).
//!
//! Builtin types (int, list, ...) are `ClassObj`s too, with a [`BuiltinType`] tag, so
//! `type(x)`, `isinstance` and the MRO work uniformly. Exceptions are instances of
//! exception classes carrying an [`ExcState`] (`types/exception`).
//!
//! This file is the data. Beside it, the code that needs the VM: `new.rs` (class
//! creation, `type(...)`), `object.rs` (`object`'s methods), `metaclass.rs` (`type` as
//! a base class, metaclasses), `subclass.rs` and `subclass_slots.rs` (subclasses of
//! builtin types, `__new__`), and the instance arms of the protocols: `repr.rs`,
//! `hash.rs`, `ops.rs` (truth value, in-place operators), `subscript.rs` and `iter.rs`.
//! Attribute lookup and calling classes stay in `vm/attr/` and `vm/call/`.

pub mod bases;
pub mod flags;
pub mod generic;
mod hash;
mod iter;
pub mod layout;
pub mod metaclass;
pub mod new;
pub mod object;
mod ops;
pub mod reduce;
mod repr;
pub mod sizes;
pub mod subclass;
pub mod subclass_slots;
mod subscript;
pub mod type_methods;

use crate::value::{ObjRef, Value};

pub use crate::runtime::types::exception::ExcState;

/// Which builtin type a class is (or derives its layout from).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Cell,
    Module,
    Iterator,
    Generator,
    Property,
    MemberDescriptor,
    StaticMethod,
    ClassMethod,
    Super,
    WeakRef,
    DictKeys,
    DictValues,
    DictItems,
    MappingProxy,
    /// `collections.deque`.
    Deque,
    /// `collections.OrderedDict`: its instances carry a dict payload (their solid
    /// base is dict) and an order; its methods run on the instance itself.
    ODict,
    Code,
    MemoryView,
    /// `array.array` (a module's type, made at start-up like the others).
    Array,
    /// BaseException and everything derived from it.
    Exception,
    /// A user class whose instances are plain `Instance`s.
    User,
}

impl BuiltinType {
    /// Whether instances of a subclass of this type wrap a builtin value (see
    /// `InstExtra::payload`).
    pub fn has_payload(self) -> bool {
        matches!(
            self,
            BuiltinType::Int
                | BuiltinType::Float
                | BuiltinType::Complex
                | BuiltinType::Str
                | BuiltinType::Tuple
                | BuiltinType::List
                | BuiltinType::Dict
                | BuiltinType::Set
                | BuiltinType::FrozenSet
                | BuiltinType::Bytes
                | BuiltinType::ByteArray
                | BuiltinType::Array
                | BuiltinType::Iterator
                | BuiltinType::Deque
                | BuiltinType::WeakRef
        )
    }
}

pub struct ClassObj {
    pub name: String,
    pub qualname: String,
    /// A heap class's `__name__` and `__qualname__` as the str objects it owns
    /// (CPython's `ht_name`, `ht_qualname`): the name given to `type()` or the
    /// class statement's constant, the body's `__qualname__` constant, or what was
    /// assigned; so `C.__name__ is C.__name__` and the objects' counts are CPython's.
    /// None for a builtin class, whose `__name__` is made from its C name each time.
    /// `name`/`qualname` are their text.
    pub name_obj: Value,
    pub qualname_obj: Value,
    /// Direct bases (borrowed: `bases_tuple` owns them), for lookups without going
    /// through the tuple.
    pub bases: Vec<ObjRef>,
    /// The MRO *excluding* the class itself, C3-linearised (borrowed: `mro_tuple`
    /// owns them). The attribute lookups walk this.
    pub mro: Vec<ObjRef>,
    /// `__bases__` (CPython's `tp_bases`): a tuple the class owns, so `C.__bases__ is
    /// C.__bases__` and each base counts one reference from it.
    pub bases_tuple: ObjRef,
    /// `__mro__` (CPython's `tp_mro`): a tuple the class owns whose first item is the
    /// class itself. That self-reference is CPython's: every class is in a reference
    /// cycle, so a dead class waits for the cycle collector, and `sys.getrefcount(C)`
    /// counts it.
    pub mro_tuple: ObjRef,
    /// `__base__` (CPython's `tp_base`, the best base; owned), `ObjRef(0)` for `object`.
    pub base: ObjRef,
    /// The class namespace (a dict object, owned).
    pub dict: ObjRef,
    /// The layout instances have.
    pub kind: BuiltinType,
    /// The builtin type whose instance layout this class extends (CPython's "solid
    /// base"): the class's own kind for builtin classes; for `class` statements
    /// `Object` unless a base derives from a builtin with a payload (`List`, ...) or
    /// from BaseException.
    pub solid: BuiltinType,
    /// True for classes created by `class` statements.
    pub is_heap: bool,
    /// Cached: defines or inherits `__del__`, `__eq__` without `__hash__`, etc.
    pub has_del: bool,
    /// How many value positions a new instance gets: the class's slots plus its
    /// instance keys (CPython sizes an instance's values from its class's shared
    /// keys), so `__init__` fills them without reallocating. Kept up to date as keys
    /// are added (`Vm::add_inst_key`).
    pub attrs_hint: u32,
    /// The names of the instances' inline attributes, in the order instances first
    /// stored them: each instance keeps only the values (see `layout.rs`).
    pub inst_keys: layout::InstKeys,
    /// The class's shared keys object (CPython's `ht_cached_keys`), for classes whose
    /// instances keep their attributes inline (`class` statements over `object`): what
    /// `sys.getsizeof(obj.__dict__)` depends on. Updated when an instance is made
    /// (`Heap::alloc`) and when an instance or its split `__dict__` stores a new name
    /// (slow paths only). See `SharedKeys`.
    pub shared_keys: Option<crate::runtime::types::dict::SharedKeysRef>,
    /// What calling the class does, as found at class epoch `ctor_epoch` (see
    /// `Vm::call_user_class`): `Some(f)` when it is `object.__new__` then the plain
    /// Python function `f` as `__init__` (borrowed: the class dicts own it while the
    /// epoch lasts), `None` when anything else is involved. Stale once the VM's class
    /// epoch moves on.
    pub ctor_epoch: u64,
    /// Protocol facts about the class (`CLASS_EQ_IDENTITY`, `CLASS_ALWAYS_TRUE`),
    /// computed by `Vm::class_facts` and valid while the VM's class epoch is
    /// `facts_epoch` (`u64::MAX`: not computed yet). CPython reads the same facts off
    /// a type's slots (`tp_richcompare`, `nb_bool`, `mp_length`).
    pub facts_epoch: u64,
    pub facts: u8,
    pub ctor_init: Option<ObjRef>,
    /// With `ctor_epoch` current: calling the class is `BaseException.__new__` then
    /// `BaseException.__init__` (an exception class that overrides neither), so the
    /// instance is made with the call's arguments as its `args` and nothing is
    /// called (`Vm::call_plain_exc_class`).
    pub ctor_exc: bool,
    /// `type(cls)` when it is not `type` itself: a user metaclass (owned). See
    /// `metaclass.rs`.
    pub metaclass: Option<ObjRef>,
    /// The layout of a plain instance, CPython's object model (what
    /// `sys.getsizeof` reports for it).
    pub layout: InstLayout,
    /// The classes that have this one among their direct bases, oldest first
    /// (CPython's `tp_subclasses`, weak: not counted, not traversed; a class leaves
    /// its bases' lists when it is freed, see `bases.rs`).
    pub subclasses: Vec<ObjRef>,
    /// A builtin class's constructor for calls with positional arguments only
    /// (CPython's `tp_vectorcall` on a type: `list_vectorcall`, `range_vectorcall`,
    /// ...), set by `builtins::constructors::install` on the exact builtin classes;
    /// None for every other class, which `Vm::call_builtin_class` sorts out.
    pub native_new: Option<crate::runtime::types::function::NativeNew>,
}

/// What CPython 3.11's `type_new` gives an instance of a class: `tp_basicsize` (the
/// object header, 8 bytes per `__slots__` name, 8 for a `__weakref__` slot), whether
/// it has a `__dict__` and whether that dict is "managed" (kept before the object,
/// `Py_TPFLAGS_MANAGED_DICT`, costing a 16-byte pre-header), whether it has a weakref
/// slot, whether the type is collected (a GC header of 16 bytes), whether it is
/// variable-sized (`tp_itemsize != 0`: int, bytes, tuple, type), and its slots.
#[derive(Clone, Copy, Debug, Default)]
pub struct InstLayout {
    pub basicsize: u32,
    pub has_dict: bool,
    pub managed_dict: bool,
    pub has_weakref: bool,
    pub gc: bool,
    pub itemsize: bool,
    /// How many `__slots__` values an instance holds, the bases' included (the length
    /// of `InstExtra::slots`).
    pub nslots: u32,
    /// The first of this class's own slots (the bases' come first, as CPython puts a
    /// class's members after its base's in the object).
    pub slot_start: u32,
    /// `tp_itemsize` in bytes (non-zero exactly when `itemsize`).
    pub item_bytes: u32,
    /// `tp_dictoffset`: 0 without a dict; a negative offset for a managed dict
    /// (3.11 puts `-(basicsize) - 24` there) or a dict after the items (-8).
    pub dictoffset: i32,
    /// `tp_weaklistoffset`: where the weakref slot is, 0 without one.
    pub weaklistoffset: u32,
}

impl InstLayout {
    /// `object`'s own layout.
    pub const OBJECT: InstLayout = InstLayout {
        basicsize: 16,
        has_dict: false,
        managed_dict: false,
        has_weakref: false,
        gc: false,
        itemsize: false,
        nslots: 0,
        slot_start: 0,
        item_bytes: 0,
        dictoffset: 0,
        weaklistoffset: 0,
    };
    /// `BaseException`'s (`PyBaseExceptionObject`, with its own dict slot).
    pub const EXCEPTION: InstLayout = InstLayout {
        basicsize: 72,
        has_dict: true,
        managed_dict: false,
        has_weakref: false,
        gc: true,
        itemsize: false,
        nslots: 0,
        slot_start: 0,
        item_bytes: 0,
        dictoffset: 16,
        weaklistoffset: 0,
    };

    /// The layout of the builtin type of kind `kind`, as far as class creation asks:
    /// variable size, a dict or a weakref slot of its own.
    pub fn builtin(kind: BuiltinType) -> InstLayout {
        match kind {
            BuiltinType::Exception => InstLayout::EXCEPTION,
            BuiltinType::Int | BuiltinType::Bytes | BuiltinType::Tuple => InstLayout {
                itemsize: true,
                ..InstLayout::OBJECT
            },
            // A class has its namespace and a weakref list of its own (`type`'s
            // `tp_dictoffset` and `tp_weaklistoffset`): a metaclass adds neither.
            BuiltinType::Type => InstLayout {
                itemsize: true,
                has_dict: true,
                has_weakref: true,
                ..InstLayout::OBJECT
            },
            // staticmethod and classmethod have a `__dict__` (3.10's `sm_dict`).
            BuiltinType::StaticMethod | BuiltinType::ClassMethod => InstLayout {
                has_dict: true,
                ..InstLayout::OBJECT
            },
            BuiltinType::Module => InstLayout {
                has_dict: true,
                has_weakref: true,
                ..InstLayout::OBJECT
            },
            // `PyODictObject`: the dict's struct, then first, last, fast nodes and
            // their size, resize sentinel, state, `od_inst_dict`, `od_weakreflist`.
            BuiltinType::ODict => InstLayout {
                basicsize: 112,
                has_dict: true,
                has_weakref: true,
                gc: true,
                dictoffset: 96,
                weaklistoffset: 104,
                ..InstLayout::OBJECT
            },
            BuiltinType::Set | BuiltinType::FrozenSet | BuiltinType::Deque => InstLayout {
                has_weakref: true,
                ..InstLayout::OBJECT
            },
            _ => InstLayout::OBJECT,
        }
    }

    /// `sys.getsizeof` of an instance (`_PySys_GetSizeOf`: basic size plus the
    /// pre-header: GC header and managed-dict pointers).
    pub fn instance_size(&self) -> usize {
        self.basicsize as usize
            + if self.gc { 16 } else { 0 }
            + if self.managed_dict { 16 } else { 0 }
    }

    /// The layout of a class statement's instances over `base` (the best base's
    /// layout, CPython's `best_base`) with `nslots` slots of its own, adding a dict
    /// and/or a weakref slot (CPython's `type_new_descriptors`).
    pub fn derive(base: InstLayout, nslots: u32, add_dict: bool, add_weak: bool) -> InstLayout {
        // `type_new_descriptors`: the slots follow the base's struct, then a dict
        // pointer after the items of a variable-size base, then the weakref slot; any
        // other dict is managed (before the object), its offset a negative marker.
        // What the class does not add it inherits (`inherit_special`).
        let mut l = base;
        l.gc = true;
        let mut offset = base.basicsize + 8 * nslots;
        l.slot_start = base.nslots;
        l.nslots = base.nslots + nslots;
        if add_dict && base.itemsize {
            l.has_dict = true;
            l.dictoffset = -8;
            offset += 8;
        }
        if add_weak {
            l.has_weakref = true;
            l.weaklistoffset = offset;
            offset += 8;
        }
        if add_dict && !base.itemsize {
            l.has_dict = true;
            l.managed_dict = true;
            l.dictoffset = -(offset as i32) - 24;
        }
        l.basicsize = offset;
        l
    }
}

impl ClassObj {
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        // ObjRef(0) marks a reference already released by `clear_refs` (or, for
        // `base`, absent).
        for r in [self.bases_tuple, self.mro_tuple, self.base] {
            if r.0 != 0 {
                f(Value::Obj(r));
            }
        }
        if self.dict.0 != 0 {
            f(Value::Obj(self.dict));
        }
        if let Some(m) = self.metaclass {
            f(Value::Obj(m));
        }
        self.inst_keys.traverse(f);
        f(self.name_obj);
        f(self.qualname_obj);
    }

    /// Moves every reference the class owns to `out`: the bases and MRO tuples, the
    /// base, metaclass and its namespace dict (CPython's `type_clear` and
    /// `type_dealloc`). The borrowed `bases`/`mro` vectors are emptied with them.
    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        self.bases.clear();
        self.mro.clear();
        for r in [&mut self.bases_tuple, &mut self.mro_tuple, &mut self.base] {
            if r.0 != 0 {
                out.push(Value::Obj(std::mem::replace(r, ObjRef(0))));
            }
        }
        out.extend(self.metaclass.take().map(Value::Obj));
        self.inst_keys.clear_refs(out);
        if self.dict.0 != 0 {
            out.push(Value::Obj(std::mem::replace(&mut self.dict, ObjRef(0))));
        }
        out.push(std::mem::replace(&mut self.name_obj, Value::None));
        out.push(std::mem::replace(&mut self.qualname_obj, Value::None));
    }

    /// `sys.getsizeof` (CPython 3.11, 64-bit `type.__sizeof__`): a static type's
    /// `PyTypeObject`; a heap class's `PyHeapTypeObject` with its GC header, plus its
    /// shared keys object when its instances have a managed dict (a class whose
    /// `__slots__` leave out `__dict__`, or an exception or int subclass, has none).
    pub fn sizeof(&self) -> usize {
        if !self.is_heap {
            424
        } else if self.shared_keys.is_some() {
            1688
        } else {
            920
        }
    }
}

/// `ClassObj::facts` bit: instances compare with `object`'s `==`/`!=` (identity).
pub const CLASS_EQ_IDENTITY: u8 = 1;
/// `ClassObj::facts` bit: instances are always true (no `__bool__`, no `__len__`).
pub const CLASS_ALWAYS_TRUE: u8 = 2;
/// `ClassObj::facts` bits: the class defines (or inherits) `__get__`, `__set__`,
/// `__delete__`, i.e. its instances are descriptors (`descriptor.rs`'s `DESCR_*`
/// shifted left by this amount).
pub const CLASS_DESCR_SHIFT: u8 = 2;
/// `ClassObj::facts` bit: the class's `__getattribute__` is `type`'s or `object`'s
/// (as a metaclass: attribute loads on its classes need no hook call).
pub const CLASS_PLAIN_GETATTRIBUTE: u8 = 32;
/// `ClassObj::facts` bit: `__class__` along the class's MRO is `object`'s getset
/// descriptor (no class overrides it), so an instance's `__class__` is its type.
pub const CLASS_PLAIN_CLASS_ATTR: u8 = 64;
/// `ClassObj::facts` bit: an exception class outside every family whose instances
/// carry members of their own (OSError's errno, SyntaxError's location, ...: see
/// `exception::new`), so construction is `BaseException`'s alone.
pub const CLASS_EXC_PLAIN: u8 = 128;

/// The cold, rarely present part of an instance, boxed so `InstanceObj` (unboxed in
/// its heap slot) stays small: exception state, the builtin value an instance of a
/// subclass of a builtin type wraps, and an attribute insertion order that is not key
/// order (`layout.rs`, invariant 4).
pub struct InstExtra {
    /// Boxed apart: most instances with an extra part are exceptions' or builtin
    /// subclasses', and an inline `ExcState` (64 bytes) would make the others pay.
    pub exc: Option<Box<ExcState>>,
    /// The real builtin object of an instance of a subclass of int, float, str, tuple,
    /// list, dict, set or frozenset (CPython keeps it in the object's own struct; here it
    /// is a separate value the instance owns: one reference), or `Undef`. Builtin
    /// methods and the protocols run on it.
    pub payload: Value,
    /// The keys holding an attribute in insertion order, when that is not ascending key
    /// order (see `layout.rs`).
    pub order: Option<Vec<u8>>,
    /// An OrderedDict's order (`types/odict`), beside its payload dict.
    pub odict: Option<Box<crate::runtime::types::odict::ODictState>>,
}

impl Default for InstExtra {
    fn default() -> Self {
        InstExtra {
            exc: None,
            payload: Value::Undef,
            order: None,
            odict: None,
        }
    }
}

/// An instance of a user class or of an exception class.
pub struct InstanceObj {
    pub class: ObjRef,
    /// The slot values, then the inline attributes (CPython 3.11 keeps them in the
    /// object until `__dict__` is asked for), by position in the class's layout: see
    /// `layout.rs`. Owned; `Undef` where empty.
    pub values: layout::Values,
    /// The materialised `__dict__` object, once asked for; then the attribute
    /// positions of `values` are empty.
    pub dict: Option<ObjRef>,
    pub extra: Option<Box<InstExtra>>,
}

impl InstanceObj {
    pub fn new(class: ObjRef) -> InstanceObj {
        InstanceObj::with_attrs_capacity(class, 0)
    }

    /// An instance with `n` empty positions (its class's slots and keys: CPython
    /// sizes an instance's values from its class's shared keys).
    pub fn with_attrs_capacity(class: ObjRef, n: usize) -> InstanceObj {
        InstanceObj {
            class,
            values: layout::Values::empty(n),
            dict: None,
            extra: None,
        }
    }

    /// An instance of a subclass of a builtin type wrapping `payload` (owned, moved in).
    pub fn with_payload(class: ObjRef, payload: Value) -> InstanceObj {
        let mut i = InstanceObj::new(class);
        i.extra = Some(Box::new(InstExtra {
            payload,
            ..InstExtra::default()
        }));
        i
    }

    #[inline]
    pub fn exc(&self) -> Option<&ExcState> {
        self.extra.as_ref().and_then(|e| e.exc.as_deref())
    }

    #[inline]
    pub fn exc_mut(&mut self) -> Option<&mut ExcState> {
        self.extra.as_mut().and_then(|e| e.exc.as_deref_mut())
    }

    pub fn set_exc(&mut self, st: ExcState) {
        self.extra.get_or_insert_with(Box::default).exc = Some(Box::new(st));
    }

    /// The wrapped builtin value (borrowed), for instances of builtin subclasses.
    #[inline]
    pub fn payload(&self) -> Option<Value> {
        match &self.extra {
            Some(e) if !e.payload.is_undef() => Some(e.payload),
            _ => None,
        }
    }

    /// The value of slot `ix` (borrowed), `Undef` when empty.
    #[inline]
    pub fn slot(&self, ix: usize) -> Value {
        self.value_at(ix)
    }

    /// Puts `v` (owned; `Undef` empties the slot) into slot `ix` of an instance whose
    /// class has `nslots` slots, and returns the previous value (`Undef` if empty; the
    /// caller's to drop).
    pub fn replace_slot(&mut self, ix: usize, nslots: usize, v: Value) -> Value {
        if self.values.len() <= ix {
            if v.is_undef() {
                return Value::Undef;
            }
            // Exactly the class's slots (its attributes are not known here).
            self.values.resize(nslots.max(ix + 1));
        }
        std::mem::replace(&mut self.values[ix], v)
    }

    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        f(Value::Obj(self.class));
        self.values
            .iter()
            .filter(|v| !v.is_undef())
            .for_each(|&v| f(v));
        if let Some(d) = self.dict {
            f(Value::Obj(d));
        }
        if let Some(x) = &self.extra {
            if let Some(e) = &x.exc {
                f(e.args);
                f(e.cause);
                f(e.context);
                f(e.traceback);
                e.fields
                    .iter()
                    .filter(|v| !v.is_undef())
                    .for_each(|&v| f(v));
            }
            if let Some(od) = &x.odict {
                od.traverse(f);
            }
            if !x.payload.is_undef() {
                f(x.payload);
            }
        }
    }

    /// `sys.getsizeof` (CPython 3.11, 64-bit) when the class is not at hand: a plain
    /// object with a managed dict, or an exception's `PyBaseExceptionObject`. The
    /// heap's measure uses the class's [`InstLayout`] instead; an instance with a
    /// builtin payload is measured from the payload (`heap/sizeof.rs`).
    pub fn sizeof(&self) -> usize {
        if self.exc().is_some() {
            88
        } else {
            56
        }
    }

    /// Empties the slots and attributes (keeps the class so the object stays
    /// printable). The values go in position order: slots, then attributes in key
    /// order, as CPython's `subtype_dealloc` clears slots before the values.
    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        let vals = std::mem::take(&mut self.values);
        out.extend(vals.iter().copied().filter(|v| !v.is_undef()));
        if let Some(d) = self.dict.take() {
            out.push(Value::Obj(d));
        }
        if let Some(x) = &mut self.extra {
            x.order = None;
            if let Some(e) = &mut x.exc {
                // Most exceptions die without a cause or context: those Nones need
                // no release.
                for v in [&mut e.args, &mut e.cause, &mut e.context, &mut e.traceback] {
                    if !matches!(*v, Value::None) {
                        out.push(std::mem::replace(v, Value::None));
                    }
                }
                out.extend(e.fields.drain(..).filter(|v| !v.is_undef()));
            }
            // An OrderedDict's nodes go before its dict, as in `odict_dealloc`.
            if let Some(od) = &mut x.odict {
                od.clear(out);
            }
            // Afterwards the instance no longer has a payload: builtin methods called
            // on it then raise TypeError instead of touching freed storage.
            let p = std::mem::replace(&mut x.payload, Value::Undef);
            if !p.is_undef() {
                out.push(p);
            }
        }
    }
}
