//! The builtin type objects and the builtin exception hierarchy, created at start-up
//! (CPython's static `PyTypeObject`s and Objects/exceptions.c).

use crate::runtime::heap::fxhash::FxHashMap;
use crate::runtime::heap::Heap;
use crate::runtime::object::{IterObj, Obj};
use crate::runtime::types::class::{BuiltinType, ClassObj};
use crate::value::{ObjRef, Value};

/// Handles of the builtin classes (immortal).
#[derive(Clone, Copy)]
pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub bool_: ObjRef,
    pub int: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str_: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub function: ObjRef,
    /// `builtin_function_or_method`: a module's function (`len`) and a builtin method
    /// bound to its receiver (`[].append`).
    pub builtin_function: ObjRef,
    /// `method_descriptor`: a builtin class's method read from the class
    /// (`list.append`, CPython's `PyMethodDescrObject`).
    pub builtin_method: ObjRef,
    /// `wrapper_descriptor`: a builtin class's special method read from the class
    /// (`list.__setitem__`, CPython's slot wrappers over `slotdefs`).
    pub wrapper_descriptor: ObjRef,
    /// `method-wrapper`: a slot wrapper bound to its receiver (`[].__setitem__`).
    pub method_wrapper: ObjRef,
    /// `classmethod_descriptor`: a builtin class's classmethod as its class dict
    /// holds it (`dict.__dict__['fromkeys']`).
    pub classmethod_descriptor: ObjRef,
    pub method: ObjRef,
    pub cell: ObjRef,
    pub module: ObjRef,
    pub list_iterator: ObjRef,
    pub tuple_iterator: ObjRef,
    /// The iterator over an ASCII str (CPython's `str_ascii_iterator`).
    pub str_iterator: ObjRef,
    /// The iterator over any other str, or a str subclass instance (CPython's
    /// `str_iterator`: `unicode_iter` keeps the ASCII one for compact ASCII strs).
    pub unicode_iterator: ObjRef,
    pub bytes_iterator: ObjRef,
    pub bytearray_iterator: ObjRef,
    pub range_iterator: ObjRef,
    pub longrange_iterator: ObjRef,
    pub dict_keyiterator: ObjRef,
    pub dict_valueiterator: ObjRef,
    pub dict_itemiterator: ObjRef,
    pub dict_reversekeyiterator: ObjRef,
    pub dict_reversevalueiterator: ObjRef,
    pub dict_reverseitemiterator: ObjRef,
    pub set_iterator: ObjRef,
    pub enumerate: ObjRef,
    pub zip: ObjRef,
    pub map: ObjRef,
    pub filter: ObjRef,
    pub reversed: ObjRef,
    /// What `reversed(list)` returns (CPython's listreviterobject); `reversed` itself
    /// is the generic reverse iterator over any sequence.
    pub list_reverseiterator: ObjRef,
    pub callable_iterator: ObjRef,
    /// The iterator over an object with `__getitem__` (CPython's `iterator`,
    /// `PySeqIter_Type`).
    pub seq_iterator: ObjRef,
    pub generator: ObjRef,
    /// The class of `async def` generator objects.
    pub coroutine: ObjRef,
    /// The class of async generator objects (PEP 525), and of the awaitables their
    /// `asend()`/`__anext__()` and `athrow()`/`aclose()` return.
    pub async_generator: ObjRef,
    pub async_generator_asend: ObjRef,
    pub async_generator_athrow: ObjRef,
    /// The class of what `anext(it, default)` returns.
    pub anext_awaitable: ObjRef,
    pub coroutine_wrapper: ObjRef,
    pub property: ObjRef,
    pub member_descriptor: ObjRef,
    /// The type of a class's `__dict__` and `__weakref__` attributes.
    pub getset_descriptor: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub super_: ObjRef,
    pub weakref: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub mappingproxy: ObjRef,
    /// `collections.deque` and its iterators (CPython's Modules/_collectionsmodule.c).
    pub deque: ObjRef,
    pub deque_iterator: ObjRef,
    pub deque_reverse_iterator: ObjRef,
    /// `collections.OrderedDict`, its iterator and views (CPython's
    /// Objects/odictobject.c).
    pub odict: ObjRef,
    pub odict_iterator: ObjRef,
    pub odict_keys: ObjRef,
    pub odict_values: ObjRef,
    pub odict_items: ObjRef,
    /// `operator`'s callables (CPython's Modules/_operator.c).
    pub itemgetter: ObjRef,
    pub attrgetter: ObjRef,
    pub methodcaller: ObjRef,
    pub code: ObjRef,
    pub memoryview: ObjRef,
    /// `array.array` and its iterator (Modules/arraymodule.c's static types).
    pub array: ObjRef,
    pub array_iterator: ObjRef,
    pub managedbuffer: ObjRef,
    pub frame: ObjRef,
    pub traceback: ObjRef,
    pub memory_iterator: ObjRef,
    pub base_exception: ObjRef,
    /// The `itertools` types (`itertools.chain`, ...), in `types::itertools::KINDS`
    /// order; made at the first `import itertools` (`make_itertools`), `ObjRef(0)`
    /// until then, so a program that does not use them starts as before.
    pub itertools: [ObjRef; crate::runtime::types::itertools::N_KINDS],
}

/// `__basicsize__` of the builtin exception classes whose struct adds members to
/// `PyBaseExceptionObject`'s 72 bytes (CPython 3.11, 64-bit); None for the rest,
/// which have their base's.
fn exc_struct_size(name: &str) -> Option<u32> {
    Some(match name {
        "SyntaxError" => 136,
        "ImportError" => 96,
        "UnicodeEncodeError" | "UnicodeDecodeError" | "UnicodeTranslateError" => 112,
        "SystemExit" | "StopIteration" | "NameError" => 80,
        "OSError" => 112,
        "AttributeError" | "BaseExceptionGroup" => 88,
        _ => return None,
    })
}

fn make_class(heap: &mut Heap, name: &str, kind: BuiltinType, bases: &[ObjRef]) -> ObjRef {
    let dict = heap.alloc(Obj::Dict(Box::default()));
    heap.make_immortal(dict);
    // MRO: C3 over the bases' chains (ExceptionGroup has two bases).
    let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
    for &b in bases {
        if let Obj::Class(c) = heap.get(b) {
            let mut chain = vec![b];
            chain.extend(c.mro.iter().copied());
            seqs.push(chain);
        }
    }
    seqs.push(bases.to_vec());
    let mut mro: Vec<ObjRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        let Some(head) = seqs
            .iter()
            .map(|s| s[0])
            .find(|&h| seqs.iter().all(|s| !s[1..].contains(&h)))
        else {
            break;
        };
        mro.push(head);
        for s in &mut seqs {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
    // A class owns its `__bases__` and `__mro__` tuples (`ClassObj`), builtin ones
    // too; `object`'s bases are the empty tuple, which `__bases__` supplies.
    let bases_tuple = if bases.is_empty() {
        ObjRef(0)
    } else {
        immortal_tuple(heap, bases)
    };
    let base = bases.first().copied().unwrap_or(ObjRef(0));
    if base.0 != 0 {
        heap.incref_obj(base);
    }
    let r = heap.alloc(Obj::Class(Box::new(ClassObj {
        name: name.to_string(),
        qualname: name.to_string(),
        name_obj: Value::None,
        qualname_obj: Value::None,
        bases: bases.to_vec(),
        mro: mro.clone(),
        bases_tuple,
        mro_tuple: ObjRef(0),
        base,
        dict,
        kind,
        solid: kind,
        is_heap: false,
        has_del: false,
        attrs_hint: 0,
        inst_keys: Default::default(),
        shared_keys: None,
        ctor_epoch: 0,
        facts_epoch: u64::MAX,
        facts: 0,
        ctor_init: None,
        ctor_exc: false,
        native_new: None,
        metaclass: None,
        layout: crate::runtime::types::class::InstLayout::builtin(kind),
        subclasses: Vec::new(),
    })));
    heap.make_immortal(r);
    crate::runtime::types::class::bases::note_subclass(heap, r, bases);
    // A static type is no GC object in CPython (`type_is_gc`): `gc.is_tracked(int)`
    // is False, and `gc.get_objects()` does not list it.
    heap.untrack(r);
    let mut all = vec![r];
    all.extend(mro);
    let mro_tuple = immortal_tuple(heap, &all);
    if let Obj::Class(c) = heap.get_mut(r) {
        c.mro_tuple = mro_tuple;
    }
    r
}

/// An immortal tuple owning a reference to each of `items` (a builtin class's
/// `__bases__` or `__mro__`).
fn immortal_tuple(heap: &mut Heap, items: &[ObjRef]) -> ObjRef {
    for &x in items {
        heap.incref_obj(x);
    }
    let vals: Vec<crate::value::Value> =
        items.iter().map(|&x| crate::value::Value::Obj(x)).collect();
    let t = heap.alloc(Obj::Tuple(vals.into()));
    heap.make_immortal(t);
    // Only immortal classes in it: nothing for the cycle collector to look at.
    heap.untrack(t);
    t
}

/// The builtin exception hierarchy (name, base name), in creation order.
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("Exception", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("FloatingPointError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("PermissionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("FileExistsError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("InterruptedError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

impl Types {
    pub fn create(heap: &mut Heap) -> (Types, FxHashMap<&'static str, ObjRef>) {
        use BuiltinType as B;
        let object = make_class(heap, "object", B::Object, &[]);
        let o = &[object];
        let type_ = make_class(heap, "type", B::Type, o);
        let int = make_class(heap, "int", B::Int, o);
        let bool_ = make_class(heap, "bool", B::Bool, &[int]);
        let mk = |heap: &mut Heap, n: &str, k: B| make_class(heap, n, k, &[object]);
        let base_exception = mk(heap, "BaseException", B::Exception);
        let t = Types {
            object,
            type_,
            none: mk(heap, "NoneType", B::NoneType),
            not_implemented: mk(heap, "NotImplementedType", B::NotImplementedType),
            ellipsis: mk(heap, "ellipsis", B::Ellipsis),
            bool_,
            int,
            float: mk(heap, "float", B::Float),
            complex: mk(heap, "complex", B::Complex),
            str_: mk(heap, "str", B::Str),
            bytes: mk(heap, "bytes", B::Bytes),
            bytearray: mk(heap, "bytearray", B::ByteArray),
            list: mk(heap, "list", B::List),
            tuple: mk(heap, "tuple", B::Tuple),
            dict: mk(heap, "dict", B::Dict),
            set: mk(heap, "set", B::Set),
            frozenset: mk(heap, "frozenset", B::FrozenSet),
            range: mk(heap, "range", B::Range),
            slice: mk(heap, "slice", B::Slice),
            function: mk(heap, "function", B::Function),
            builtin_function: mk(heap, "builtin_function_or_method", B::BuiltinFunction),
            builtin_method: mk(heap, "method_descriptor", B::BuiltinFunction),
            wrapper_descriptor: mk(heap, "wrapper_descriptor", B::BuiltinFunction),
            method_wrapper: mk(heap, "method-wrapper", B::BuiltinFunction),
            classmethod_descriptor: mk(heap, "classmethod_descriptor", B::BuiltinFunction),
            method: mk(heap, "method", B::Method),
            cell: mk(heap, "cell", B::Cell),
            module: mk(heap, "module", B::Module),
            list_iterator: mk(heap, "list_iterator", B::Iterator),
            tuple_iterator: mk(heap, "tuple_iterator", B::Iterator),
            str_iterator: mk(heap, "str_ascii_iterator", B::Iterator),
            bytes_iterator: mk(heap, "bytes_iterator", B::Iterator),
            bytearray_iterator: mk(heap, "bytearray_iterator", B::Iterator),
            range_iterator: mk(heap, "range_iterator", B::Iterator),
            longrange_iterator: mk(heap, "longrange_iterator", B::Iterator),
            dict_keyiterator: mk(heap, "dict_keyiterator", B::Iterator),
            dict_valueiterator: mk(heap, "dict_valueiterator", B::Iterator),
            dict_itemiterator: mk(heap, "dict_itemiterator", B::Iterator),
            dict_reversekeyiterator: mk(heap, "dict_reversekeyiterator", B::Iterator),
            dict_reversevalueiterator: mk(heap, "dict_reversevalueiterator", B::Iterator),
            dict_reverseitemiterator: mk(heap, "dict_reverseitemiterator", B::Iterator),
            set_iterator: mk(heap, "set_iterator", B::Iterator),
            enumerate: mk(heap, "enumerate", B::Iterator),
            zip: mk(heap, "zip", B::Iterator),
            map: mk(heap, "map", B::Iterator),
            filter: mk(heap, "filter", B::Iterator),
            reversed: mk(heap, "reversed", B::Iterator),
            list_reverseiterator: mk(heap, "list_reverseiterator", B::Iterator),
            callable_iterator: mk(heap, "callable_iterator", B::Iterator),
            seq_iterator: mk(heap, "iterator", B::Iterator),
            generator: mk(heap, "generator", B::Generator),
            coroutine: mk(heap, "coroutine", B::Generator),
            async_generator: mk(heap, "async_generator", B::Generator),
            async_generator_asend: mk(heap, "async_generator_asend", B::Iterator),
            async_generator_athrow: mk(heap, "async_generator_athrow", B::Iterator),
            anext_awaitable: mk(heap, "anext_awaitable", B::Iterator),
            coroutine_wrapper: mk(heap, "coroutine_wrapper", B::Iterator),
            property: mk(heap, "property", B::Property),
            member_descriptor: mk(heap, "member_descriptor", B::MemberDescriptor),
            getset_descriptor: mk(heap, "getset_descriptor", B::MemberDescriptor),
            staticmethod: mk(heap, "staticmethod", B::StaticMethod),
            classmethod: mk(heap, "classmethod", B::ClassMethod),
            super_: mk(heap, "super", B::Super),
            weakref: mk(heap, "weakref.ReferenceType", B::WeakRef),
            dict_keys: mk(heap, "dict_keys", B::DictKeys),
            dict_values: mk(heap, "dict_values", B::DictValues),
            dict_items: mk(heap, "dict_items", B::DictItems),
            mappingproxy: mk(heap, "mappingproxy", B::MappingProxy),
            deque: mk(heap, "collections.deque", B::Deque),
            deque_iterator: mk(heap, "_collections._deque_iterator", B::Iterator),
            deque_reverse_iterator: mk(heap, "_collections._deque_reverse_iterator", B::Iterator),
            // Not subclassable, as frame and traceback (`Code`).
            itemgetter: mk(heap, "operator.itemgetter", B::Code),
            attrgetter: mk(heap, "operator.attrgetter", B::Code),
            methodcaller: mk(heap, "operator.methodcaller", B::Code),
            code: mk(heap, "code", B::Code),
            memoryview: mk(heap, "memoryview", B::MemoryView),
            array: mk(heap, "array.array", B::Array),
            array_iterator: mk(heap, "array.arrayiterator", B::Iterator),
            managedbuffer: mk(heap, "managedbuffer", B::Iterator),
            // Neither can be subclassed (`Code` is the kind of such builtin types).
            frame: mk(heap, "frame", B::Code),
            traceback: mk(heap, "traceback", B::Code),
            memory_iterator: mk(heap, "memory_iterator", B::Iterator),
            unicode_iterator: mk(heap, "str_iterator", B::Iterator),
            base_exception,
            itertools: [ObjRef(0); crate::runtime::types::itertools::N_KINDS],
            odict: ObjRef(0),
            odict_iterator: ObjRef(0),
            odict_keys: ObjRef(0),
            odict_values: ObjRef(0),
            odict_items: ObjRef(0),
        };
        let mut t = t;
        // OrderedDict derives from dict (its instances hold a dict payload), its
        // views from dict's.
        t.odict = make_class(heap, "collections.OrderedDict", B::ODict, &[t.dict]);
        if let Obj::Class(c) = heap.get_mut(t.odict) {
            c.solid = B::Dict;
            c.qualname = "OrderedDict".into();
        }
        t.odict_iterator = mk(heap, "odict_iterator", B::Iterator);
        t.odict_keys = make_class(heap, "odict_keys", B::DictKeys, &[t.dict_keys]);
        t.odict_values = make_class(heap, "odict_values", B::DictValues, &[t.dict_values]);
        t.odict_items = make_class(heap, "odict_items", B::DictItems, &[t.dict_items]);
        // A dotted `tp_name`'s `__qualname__` is its last part (`array.array`).
        for (r, q) in [
            (t.array, "array"),
            (t.array_iterator, "arrayiterator"),
            (t.weakref, "ReferenceType"),
        ] {
            if let Obj::Class(c) = heap.get_mut(r) {
                c.qualname = q.into();
            }
        }
        let mut exc = FxHashMap::default();
        exc.insert("BaseException", base_exception);
        for &(name, base) in EXCEPTIONS {
            let b = exc[base];
            let r = make_class(heap, name, B::Exception, &[b]);
            // The families with members have bigger structs (CPython's
            // `PyOSErrorObject` & co.), which their subclasses inherit.
            let basicsize = match exc_struct_size(name) {
                Some(n) => n,
                None => match heap.get(b) {
                    Obj::Class(c) => c.layout.basicsize,
                    _ => 72,
                },
            };
            if let Obj::Class(c) = heap.get_mut(r) {
                c.layout.basicsize = basicsize;
            }
            exc.insert(name, r);
        }
        // ExceptionGroup(BaseExceptionGroup, Exception), made in CPython by
        // `PyErr_NewException`: a heap type, so its instances gain a weakref slot.
        let (beg, e) = (exc["BaseExceptionGroup"], exc["Exception"]);
        let r = make_class(heap, "ExceptionGroup", B::Exception, &[beg, e]);
        if let Obj::Class(c) = heap.get_mut(r) {
            c.layout.basicsize = 96;
            c.layout.has_weakref = true;
        }
        exc.insert("ExceptionGroup", r);
        (t, exc)
    }

    /// Every builtin class of the table (for the heap checker's roots).
    pub fn all(&self) -> Vec<ObjRef> {
        vec![
            self.object,
            self.type_,
            self.none,
            self.not_implemented,
            self.ellipsis,
            self.bool_,
            self.int,
            self.float,
            self.complex,
            self.str_,
            self.bytes,
            self.bytearray,
            self.list,
            self.tuple,
            self.dict,
            self.set,
            self.frozenset,
            self.range,
            self.slice,
            self.function,
            self.builtin_function,
            self.builtin_method,
            self.wrapper_descriptor,
            self.method_wrapper,
            self.classmethod_descriptor,
            self.method,
            self.cell,
            self.module,
            self.list_iterator,
            self.tuple_iterator,
            self.str_iterator,
            self.unicode_iterator,
            self.bytes_iterator,
            self.bytearray_iterator,
            self.range_iterator,
            self.longrange_iterator,
            self.dict_keyiterator,
            self.dict_valueiterator,
            self.dict_itemiterator,
            self.dict_reversekeyiterator,
            self.dict_reversevalueiterator,
            self.dict_reverseitemiterator,
            self.set_iterator,
            self.enumerate,
            self.zip,
            self.map,
            self.filter,
            self.reversed,
            self.list_reverseiterator,
            self.callable_iterator,
            self.seq_iterator,
            self.generator,
            self.coroutine,
            self.async_generator,
            self.async_generator_asend,
            self.async_generator_athrow,
            self.anext_awaitable,
            self.coroutine_wrapper,
            self.property,
            self.staticmethod,
            self.classmethod,
            self.super_,
            self.weakref,
            self.dict_keys,
            self.dict_values,
            self.dict_items,
            self.code,
            self.memoryview,
            self.array,
            self.array_iterator,
            self.managedbuffer,
            self.memory_iterator,
            self.member_descriptor,
            self.getset_descriptor,
            self.mappingproxy,
            self.deque,
            self.deque_iterator,
            self.deque_reverse_iterator,
            self.odict,
            self.odict_iterator,
            self.odict_keys,
            self.odict_values,
            self.odict_items,
            self.itemgetter,
            self.attrgetter,
            self.methodcaller,
            self.frame,
            self.traceback,
            self.base_exception,
        ]
        .into_iter()
        .chain(self.itertools.into_iter().filter(|r| r.0 != 0))
        .collect()
    }

    /// Makes the itertools types (once): static types named `itertools.<name>`.
    pub fn make_itertools(&mut self, heap: &mut Heap) {
        if self.itertools[0].0 != 0 {
            return;
        }
        let object = self.object;
        self.itertools = crate::runtime::types::itertools::KINDS.map(|k| {
            let name = format!("itertools.{}", k.name());
            let r = make_class(heap, &name, BuiltinType::Iterator, &[object]);
            if let Obj::Class(c) = heap.get_mut(r) {
                c.qualname = k.name().into();
            }
            r
        });
    }

    /// The class of an iterator object.
    pub fn iter_type(&self, it: &IterObj) -> ObjRef {
        match it {
            IterObj::Seq { .. } => self.list_iterator,
            IterObj::Reversed { .. } => self.reversed,
            IterObj::Range { .. } => self.range_iterator,
            IterObj::BigRange(_) => self.longrange_iterator,
            IterObj::Dict { kind: 0, .. } => self.dict_keyiterator,
            IterObj::Dict { kind: 1, .. } => self.dict_valueiterator,
            IterObj::Dict { kind: 2, .. } => self.dict_itemiterator,
            IterObj::Dict { kind: 4, .. } => self.dict_reversekeyiterator,
            IterObj::Dict { kind: 5, .. } => self.dict_reversevalueiterator,
            IterObj::Dict { .. } => self.dict_reverseitemiterator,
            IterObj::Set { .. } => self.set_iterator,
            IterObj::Deque { reverse: false, .. } => self.deque_iterator,
            IterObj::Deque { .. } => self.deque_reverse_iterator,
            IterObj::Enumerate { .. } | IterObj::BigEnumerate { .. } => self.enumerate,
            IterObj::Zip { .. } => self.zip,
            IterObj::Map { .. } => self.map,
            IterObj::Filter { .. } => self.filter,
            IterObj::Callable { .. } => self.callable_iterator,
            IterObj::AsyncGenASend { .. } => self.async_generator_asend,
            IterObj::AsyncGenAThrow { .. } => self.async_generator_athrow,
            IterObj::AnextAwaitable { .. } => self.anext_awaitable,
            IterObj::CoroWrapper { .. } => self.coroutine_wrapper,
            IterObj::Tool(t) => self.itertools[t.kind() as usize],
            IterObj::Done => self.list_iterator,
            IterObj::Spent { class, .. } => *class,
            IterObj::ODict { .. } => self.odict_iterator,
        }
    }
}
