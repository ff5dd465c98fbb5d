//! Calling builtin classes: `int(x)`, `str(x)`, `list(it)`, `dict(...)`, `type(x)`,
//! `range(...)`, `enumerate`, `zip`, `map`, `filter`, `reversed`, `slice`, `object()`,
//! exception classes (CPython's `tp_new` of each builtin type).

use crate::runtime::object::Obj;
use crate::runtime::types::class::BuiltinType;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let pairs: Vec<(&str, ObjRef)> = vec![
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("memoryview", t.memoryview),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
        ("BaseException", t.base_exception),
    ];
    let b = vm.builtins;
    for (n, c) in pairs {
        vm.heap.incref_obj(c);
        super::set_in(vm, b, n, Value::Obj(c));
    }
    let names: Vec<(&'static str, ObjRef)> = vm.exc_types.iter().map(|(k, v)| (*k, *v)).collect();
    for (n, c) in names {
        vm.heap.incref_obj(c);
        super::set_in(vm, b, n, Value::Obj(c));
    }
    crate::runtime::types::descriptor::property::install(vm);
    crate::runtime::types::descriptor::slots::install(vm);
    crate::runtime::types::member::methods::install(vm);
    super::set_in(vm, b, "None", Value::None);
    super::set_in(vm, b, "Ellipsis", Value::Ellipsis);
    super::set_in(vm, b, "NotImplemented", Value::NotImplemented);
    super::set_in(vm, b, "True", Value::Bool(true));
    super::set_in(vm, b, "False", Value::Bool(false));
    // False under -O (the compiler folds the name to the same constant).
    let debug = crate::compiler::default_optimize() == 0;
    super::set_in(vm, b, "__debug__", Value::Bool(debug));
    let (e, ni) = (vm.types.ellipsis, vm.types.not_implemented);
    super::add_methods(vm, e, &[("__reduce__", ellipsis_reduce)]);
    super::add_methods(vm, ni, &[("__reduce__", notimplemented_reduce)]);
    install_native_new(vm);
}

/// Gives the builtin classes called most often their constructor entry
/// (`ClassObj::native_new`, CPython's `tp_vectorcall` of a type), so `list(x)`,
/// `range(n)`, `super()`... reach it in one step rather than after a chain of class
/// tests. Each entry is what `call_builtin_class` runs for that exact class without
/// keyword arguments (the classes here meet none of its earlier tests).
fn install_native_new(vm: &mut Vm) {
    use crate::runtime::types::function::NativeNew;
    use crate::runtime::types::{descriptor, float, int, iter, range};
    let t = vm.types;
    let entries: [(ObjRef, NativeNew); 21] = [
        (t.int, |vm, a| int::new::int_new(vm, a, &[])),
        (t.bool_, int::new::bool_new),
        (t.float, |vm, a| float::new::float_new(vm, a, &[])),
        (t.str_, |vm, a| vm.str_new(a, &[])),
        (t.list, |vm, a| vm.list_new(a)),
        (t.tuple, |vm, a| vm.tuple_new(a)),
        (t.dict, |vm, a| vm.dict_new(a, &[])),
        (t.set, |vm, a| vm.set_new(false, a)),
        (t.frozenset, |vm, a| vm.set_new(true, a)),
        (t.range, range::new::range_new),
        (t.slice, |vm, a| vm.slice_new(a)),
        (t.enumerate, |vm, a| iter::new::enumerate_new(vm, a, &[])),
        (t.zip, |vm, a| iter::new::zip_new(vm, a, &[])),
        (t.map, |vm, a| iter::new::map_new(vm, a, &[])),
        (t.filter, |vm, a| iter::new::filter_new(vm, a, &[])),
        (t.reversed, |vm, a| {
            let cls = vm.types.reversed;
            iter::new::reversed_new(vm, cls, a, &[])
        }),
        (t.property, |vm, a| {
            descriptor::property::property_new(vm, a, &[])
        }),
        (t.staticmethod, |vm, a| {
            let cls = vm.types.staticmethod;
            descriptor::new::staticmethod_new(vm, cls, a)
        }),
        (t.classmethod, |vm, a| {
            let cls = vm.types.classmethod;
            descriptor::new::staticmethod_new(vm, cls, a)
        }),
        (t.super_, |vm, a| descriptor::new::super_new(vm, a, &[])),
        (t.object, crate::runtime::types::class::object::call_object),
    ];
    for (cls, f) in entries {
        if let Obj::Class(c) = vm.heap.get_mut(cls) {
            c.native_new = Some(f);
        }
    }
    // The classes among them CPython 3.11 calls through `_PyObject_MakeTpCall`
    // (`Vm::packs_tp_call_args`) pack their arguments first.
    let packed: [(ObjRef, NativeNew); 7] = [
        (t.int, |vm, a| {
            packed_call(vm, a, |vm, a| int::new::int_new(vm, a, &[]))
        }),
        (t.str_, |vm, a| {
            packed_call(vm, a, |vm, a| vm.str_new(a, &[]))
        }),
        (t.slice, |vm, a| packed_call(vm, a, |vm, a| vm.slice_new(a))),
        (t.zip, |vm, a| {
            packed_call(vm, a, |vm, a| iter::new::zip_new(vm, a, &[]))
        }),
        (t.property, |vm, a| {
            packed_call(vm, a, |vm, a| {
                descriptor::property::property_new(vm, a, &[])
            })
        }),
        (t.staticmethod, |vm, a| {
            packed_call(vm, a, |vm, a| {
                let cls = vm.types.staticmethod;
                descriptor::new::staticmethod_new(vm, cls, a)
            })
        }),
        (t.classmethod, |vm, a| {
            packed_call(vm, a, |vm, a| {
                let cls = vm.types.classmethod;
                descriptor::new::staticmethod_new(vm, cls, a)
            })
        }),
    ];
    for (cls, f) in packed {
        if let Obj::Class(c) = vm.heap.get_mut(cls) {
            c.native_new = Some(f);
        }
    }
}

/// Runs a builtin class's constructor `f` as CPython's `_PyObject_MakeTpCall`
/// would: between the allocation and the release of the arguments tuple (only
/// the collector's count sees it: `Heap::before_tp_call_args`).
#[inline]
fn packed_call(
    vm: &mut Vm,
    args: &[Value],
    f: fn(&mut Vm, &[Value]) -> PyResult<Value>,
) -> PyResult<Value> {
    vm.heap.before_tp_call_args(args.len(), 0);
    let r = f(vm, args);
    vm.heap.after_tp_call_args(args.len(), 0);
    r
}

/// `Ellipsis.__reduce__()` / `NotImplemented.__reduce__()`: the singleton's name, which
/// pickle stores as a global (CPython's `ellipsis_reduce`, `notimplemented_reduce`).
fn singleton_reduce(
    vm: &mut Vm,
    args: &[Value],
    tn: &str,
    name: &str,
    ok: bool,
) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error(format!(
            "unbound method {tn}.__reduce__() needs an argument"
        )));
    }
    if !ok {
        let other = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "descriptor '__reduce__' for '{tn}' objects doesn't apply to a '{other}' object"
        )));
    }
    super::check_method(vm, "__reduce__", args, 0, 0)?;
    Ok(vm.new_str(name))
}

fn ellipsis_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let ok = matches!(args.first(), Some(Value::Ellipsis));
    singleton_reduce(vm, args, "ellipsis", "Ellipsis", ok)
}

fn notimplemented_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let ok = matches!(args.first(), Some(Value::NotImplemented));
    singleton_reduce(vm, args, "NotImplementedType", "NotImplemented", ok)
}

impl Vm {
    /// Whether CPython 3.11 calls the builtin class `cls` through
    /// `_PyObject_MakeTpCall` (it has no `tp_vectorcall`), which packs the
    /// arguments into a tuple (and keywords into a dict): those allocations count
    /// towards `gc.get_count()` when the free lists are empty (after a full
    /// collection). `deque` and `OrderedDict` account for theirs where they are
    /// built.
    fn packs_tp_call_args(&self, cls: ObjRef) -> bool {
        let t = &self.types;
        [
            t.int,
            t.str_,
            t.bytes,
            t.bytearray,
            t.complex,
            t.slice,
            t.zip,
            t.property,
            t.staticmethod,
            t.classmethod,
            t.memoryview,
            t.weakref,
        ]
        .contains(&cls)
    }

    /// Calls a builtin class (or a user class deriving its layout from one).
    pub fn call_builtin_class(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<Value> {
        let native = match self.heap.get(cls) {
            Obj::Class(c) if kw.is_empty() => c.native_new,
            _ => None,
        };
        if native.is_none() && self.packs_tp_call_args(cls) {
            self.heap.before_tp_call_args(args.len(), kw.len());
            let r = self.call_builtin_class_unpacked(cls, args, kw);
            self.heap.after_tp_call_args(args.len(), kw.len());
            return r;
        }
        self.call_builtin_class_unpacked(cls, args, kw)
    }

    /// `call_builtin_class` past the accounting of CPython's packed arguments.
    fn call_builtin_class_unpacked(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<Value> {
        if kw.is_empty() {
            if let Obj::Class(c) = self.heap.get(cls) {
                if let Some(f) = c.native_new {
                    return f(self, args);
                }
            }
        }
        let t = self.types;
        if cls == t.array {
            return self.array_construct(args, kw);
        }
        let kind = self.class_kind(cls);
        // Exceptions are the classes called most often in a loop (`raise
        // ValueError(i)`): straight to their constructor, past the other types' tests.
        if kind == BuiltinType::Exception && kw.is_empty() {
            return crate::runtime::types::exception::new::exception_new(self, cls, args, kw);
        }
        // The singletons' types give back the singleton (CPython's `none_new`,
        // `notimplemented_new`, `ellipsis_new`), named as their tp_new names them.
        for (c, v, n) in [
            (t.none, Value::None, "NoneType"),
            (
                t.not_implemented,
                Value::NotImplemented,
                "NotImplementedType",
            ),
            (t.ellipsis, Value::Ellipsis, "EllipsisType"),
        ] {
            if cls == c {
                if !args.is_empty() || !kw.is_empty() {
                    return Err(self.type_error(format!("{} takes no arguments", n)));
                }
                return Ok(v);
            }
        }
        if kind == BuiltinType::Iterator {
            if let Some(k) = self.tool_kind_of_class(cls) {
                return crate::runtime::types::itertools::new::tool_new(self, k, args, kw);
            }
        }
        if cls == t.deque_iterator || cls == t.deque_reverse_iterator {
            let rev = cls == t.deque_reverse_iterator;
            return crate::runtime::types::deque::deque_iter_new(self, rev, args);
        }
        if !kw.is_empty() && matches!(self.heap.get(cls), Obj::Class(c) if !c.is_heap) {
            let mut name = self.class_name(cls);
            if cls == t.reversed {
                name = "reversed".into();
            }
            if let Some((a, k)) = self.check_builtin_kwargs(None, &name, args, kw)? {
                return self.call_builtin_class(cls, &a, &k);
            }
        }
        if cls == t.type_ {
            return crate::runtime::types::class::new::call_type(self, args, kw);
        }
        if cls == t.object {
            return crate::runtime::types::class::object::call_object(self, args);
        }
        if cls == t.int {
            return crate::runtime::types::int::new::int_new(self, args, kw);
        }
        if cls == t.bool_ {
            return crate::runtime::types::int::new::bool_new(self, args);
        }
        if cls == t.float {
            return crate::runtime::types::float::new::float_new(self, args, kw);
        }
        if cls == t.complex {
            return crate::runtime::types::complex::new::complex_new(self, args, kw);
        }
        if cls == t.str_ {
            return self.str_new(args, kw);
        }
        if cls == t.bytes || cls == t.bytearray {
            return self.bytes_new(args, kw, cls == t.bytearray);
        }
        if cls == t.function {
            return crate::runtime::types::function::new::function_new(self, args, kw);
        }
        if cls == t.method {
            return crate::runtime::types::function::new::method_new(self, args, kw);
        }
        if cls == t.cell {
            // `types.CellType([contents])` (CPython's `cell_new`): empty without one.
            if !kw.is_empty() {
                return Err(self.type_error("cell() takes no keyword arguments"));
            }
            if args.len() > 1 {
                return Err(self.type_error(format!(
                    "cell expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            let v = args.first().copied().unwrap_or(Value::Undef);
            self.incref(v);
            return Ok(self.heap.new_value(Obj::Cell(v)));
        }
        if cls == t.memoryview {
            return crate::runtime::types::memoryview::memoryview_new(self, args, kw);
        }
        if cls == t.itemgetter {
            return crate::runtime::types::opcaller::itemgetter_new(self, args, kw);
        }
        if cls == t.attrgetter {
            return crate::runtime::types::opcaller::attrgetter_new(self, args, kw);
        }
        if cls == t.methodcaller {
            return crate::runtime::types::opcaller::methodcaller_new(self, args, kw);
        }
        // Neither type has a vectorcall entry in CPython 3.11: calling one goes
        // through `_PyObject_MakeTpCall`, which packs the arguments.
        if cls == t.deque || cls == t.odict {
            self.heap.before_tp_call_args(args.len(), kw.len());
            let r = if cls == t.deque {
                crate::runtime::types::deque::deque_new(self, args, kw)
            } else {
                crate::runtime::types::odict::methods::odict_construct(self, args, kw)
            };
            self.heap.after_tp_call_args(args.len(), kw.len());
            return r;
        }
        if cls == t.mappingproxy {
            return crate::runtime::types::mappingproxy::mappingproxy_new(self, args, kw);
        }
        if cls == t.list {
            return self.list_new(args);
        }
        if cls == t.tuple {
            return self.tuple_new(args);
        }
        if cls == t.dict {
            return self.dict_new(args, kw);
        }
        if cls == t.set || cls == t.frozenset {
            return self.set_new(cls == t.frozenset, args);
        }
        if cls == t.range {
            return crate::runtime::types::range::new::range_new(self, args);
        }
        if cls == t.slice {
            return self.slice_new(args);
        }
        if cls == t.enumerate {
            return crate::runtime::types::iter::new::enumerate_new(self, args, kw);
        }
        if cls == t.zip {
            return crate::runtime::types::iter::new::zip_new(self, args, kw);
        }
        if cls == t.map {
            return crate::runtime::types::iter::new::map_new(self, args, kw);
        }
        if cls == t.filter {
            return crate::runtime::types::iter::new::filter_new(self, args, kw);
        }
        if cls == t.reversed {
            return crate::runtime::types::iter::new::reversed_new(self, cls, args, kw);
        }
        if cls == t.property {
            return crate::runtime::types::descriptor::property::property_new(self, args, kw);
        }
        if cls == t.staticmethod || cls == t.classmethod {
            return crate::runtime::types::descriptor::new::staticmethod_new(self, cls, args);
        }
        if cls == t.weakref {
            return crate::runtime::types::weakref::new::weakref_new(self, args, kw);
        }
        if cls == t.module {
            return crate::runtime::types::module::new::module_new(self, args, kw);
        }
        if cls == t.super_ {
            return crate::runtime::types::descriptor::new::super_new(self, args, kw);
        }
        if kind == BuiltinType::Exception {
            return crate::runtime::types::exception::new::exception_new(self, cls, args, kw);
        }
        if kind == BuiltinType::User {
            return self.type_call(cls, args, kw);
        }
        let n = self.class_name(cls);
        Err(self.type_error(format!("cannot create '{}' instances", n)))
    }
}
