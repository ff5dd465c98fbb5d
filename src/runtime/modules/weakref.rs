//! The `weakref` module: `ref` with callbacks, `getweakrefcount`, `getweakrefs`
//! (CPython's Objects/weakrefobject.c). A weak reference never counts in its
//! referent's refcount; the VM clears it when the referent dies.

use crate::runtime::builtins::{add_fns, check_args, new_module, set_in};
use crate::runtime::object::function::KwArgs;
use crate::runtime::object::{Obj, WeakRefObj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "weakref");
    add_fns(
        vm,
        d,
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
        ],
    );
    let wr = vm.types.weakref;
    vm.heap.incref_obj(wr);
    set_in(vm, d, "ref", Value::Obj(wr));
    let wr_methods: &[(&'static str, crate::runtime::object::NativeFn)] = &[("__call__", call)];
    crate::runtime::builtins::add_methods(vm, wr, wr_methods);
    let key = vm.new_str("weakref");
    let mods = Value::Obj(vm.modules);
    let r = vm.dict_set_item(mods, key, m);
    vm.decref(key);
    if let Err(e) = r.and_then(|_| super::pysrc::exec_in(vm, "weakref", super::pysrc::WEAKREF, d)) {
        vm.decref(m);
        return Err(e);
    }
    Ok(m)
}

impl Vm {
    /// `weakref.ref(obj, callback)`.
    pub fn new_weakref(&mut self, obj: Value, callback: Value) -> PyResult<Value> {
        let ok = match obj {
            Value::Obj(r) => matches!(
                self.heap.get(r),
                Obj::Instance(_)
                    | Obj::Function(_)
                    | Obj::Class(_)
                    | Obj::Set(_)
                    | Obj::FrozenSet(_)
                    | Obj::Generator(_)
                    | Obj::BoundMethod { .. }
            ),
            _ => false,
        };
        if !ok {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!("cannot create weak reference to '{}' object", tn)));
        }
        let r = obj.as_obj().unwrap();
        // CPython shares one callback-less basic reference per object.
        if matches!(callback, Value::None) {
            let shared = self.weakrefs.get(&r).and_then(|refs| {
                refs.iter().copied().find(|&w| {
                    self.heap.rc(w) > 0
                        && matches!(self.heap.get(w), Obj::WeakRef(wr) if matches!(wr.callback, Value::None))
                })
            });
            if let Some(w) = shared {
                self.heap.incref_obj(w);
                return Ok(Value::Obj(w));
            }
        }
        self.incref(callback);
        let w = self.heap.alloc(Obj::WeakRef(Box::new(WeakRefObj {
            target: obj,
            callback,
            hash: None,
        })));
        self.weakrefs.entry(r).or_default().push(w);
        Ok(Value::Obj(w))
    }
}

fn call(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = match vm.heap.get(args[0].as_obj().unwrap()) {
        Obj::WeakRef(w) => w.target,
        _ => Value::None,
    };
    vm.incref(t);
    Ok(t)
}

fn getweakrefcount(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getweakrefcount", args, 1, 1)?;
    let n = match args[0] {
        Value::Obj(r) => vm.weakrefs.get(&r).map(|v| v.len()).unwrap_or(0),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn getweakrefs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getweakrefs", args, 1, 1)?;
    let list: Vec<Value> = match args[0] {
        Value::Obj(r) => vm
            .weakrefs
            .get(&r)
            .map(|v| v.iter().map(|&w| Value::Obj(w)).collect())
            .unwrap_or_default(),
        _ => vec![],
    };
    for &v in &list {
        vm.incref(v);
    }
    Ok(vm.new_list(list))
}
