//! Making mappingproxies: `types.MappingProxyType(mapping)` (CPython's
//! `mappingproxy_new` with its `mappingproxy_check_mapping`) and `Vm::new_mappingproxy`,
//! which `cls.__dict__` calls.

use super::MappingProxyObj;
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// A new mappingproxy over `mapping` (borrowed; the proxy takes its own reference).
    /// CPython's `PyDictProxy_New`, without the mapping check.
    pub fn new_mappingproxy(&mut self, mapping: ObjRef) -> Value {
        self.heap.incref_obj(mapping);
        self.heap
            .new_value(Obj::MappingProxy(MappingProxyObj { mapping }))
    }

    /// Whether `v` may be wrapped (`mappingproxy_check_mapping`): it supports
    /// subscription as a mapping (`PyMapping_Check`: its type has `mp_subscript`, so
    /// str, bytes, range and memoryview pass too) and is not a list or tuple (nor an
    /// instance of a subclass of one), whose subscripts take only indexes.
    fn is_proxyable_mapping(&mut self, v: Value) -> bool {
        let Value::Obj(r) = v else { return false };
        match self.heap.get(r) {
            Obj::Dict(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::Range { .. }
            | Obj::BigRange(_)
            | Obj::MemoryView(_)
            | Obj::MappingProxy(_) => true,
            Obj::Instance(_) | Obj::Class(_) => {
                let (list, tuple) = (self.types.list, self.types.tuple);
                if self.is_instance(v, list) || self.is_instance(v, tuple) {
                    return false;
                }
                match self.lookup_type_attr(v, "__getitem__") {
                    Some(m) => {
                        self.decref(m);
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        }
    }
}

/// `mappingproxy(mapping)`: one argument, by position or as the keyword `mapping`,
/// with Argument Clinic's messages for the wrong counts.
pub fn mappingproxy_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let given = args.len() + kw.len();
    if given > 1 {
        // Clinic counts keywords-only calls as "keyword arguments".
        let what = if args.is_empty() {
            "keyword argument"
        } else {
            "argument"
        };
        return Err(vm.type_error(format!(
            "mappingproxy() takes at most 1 {} ({} given)",
            what, given
        )));
    }
    let mapping = match (args.first(), kw.first()) {
        (Some(&a), _) => a,
        (None, Some(&(k, v))) if vm.as_str(Value::Obj(k)) == Some("mapping") => v,
        _ => {
            return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"))
        }
    };
    match mapping {
        Value::Obj(r) if vm.is_proxyable_mapping(mapping) => Ok(vm.new_mappingproxy(r)),
        _ => {
            let tn = vm.type_name(mapping);
            Err(vm.type_error(format!(
                "mappingproxy() argument must be a mapping, not {}",
                tn
            )))
        }
    }
}
