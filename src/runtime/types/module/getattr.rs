//! The evaluation loop's module attribute load (CPython 3.11's `LOAD_ATTR_MODULE`
//! and `LOAD_METHOD_MODULE`): `math.sqrt` read from the module dict through an
//! index remembered in the instruction's cache, without hashing the name again.

use crate::bytecode::code::MethodCache;
use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};
use std::cell::Cell;

impl Vm {
    /// The value bound to `name` (an interned str, not a dunder) in the module dict
    /// `d`, borrowed, when the dict holds that very key object; None otherwise (the general lookup
    /// then runs, which also finds equal keys that are other objects and calls the
    /// module's `__getattr__`). The cache says where the key was last time; an
    /// entry whose key is still `name` is the name's binding, since a dict's keys
    /// are unique.
    #[inline]
    pub(crate) fn module_attr_fast(
        &self,
        d: ObjRef,
        name: ObjRef,
        cache: &Cell<MethodCache>,
    ) -> Option<Value> {
        let Obj::Dict(dict) = self.heap.get(d) else {
            return None;
        };
        let mut c = cache.get();
        if c.module_dict == d.0 {
            if let Some(v) = dict.value_for(c.module_ix as usize, name) {
                return Some(v);
            }
        }
        let Obj::Str(k) = self.heap.get(name) else {
            return None;
        };
        // Dunder names may be data descriptors of the module type (`__dict__`,
        // `__class__`), which come first: never cached, so a hit above is never one.
        if k.as_str().starts_with("__") {
            return None;
        }
        let ix = dict.find(k.hash(), |stored| stored.is(Value::Obj(name)))?;
        c.module_dict = d.0;
        c.module_ix = ix as u32;
        cache.set(c);
        dict.entry(ix).map(|e| e.value)
    }
}
