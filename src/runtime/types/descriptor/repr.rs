//! `repr()` of property, staticmethod, classmethod and super objects.

use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};

impl Vm {
    /// The repr of the descriptor `v` (`r`): a property, staticmethod, classmethod or
    /// super object.
    pub(crate) fn descriptor_repr(&self, v: Value, r: ObjRef) -> String {
        match self.heap.get(r) {
            Obj::Property(_) => format!("<property object at {}>", self.addr(v)),
            Obj::StaticMethod(_) => format!("<staticmethod(<function>) at {}>", self.addr(v)),
            Obj::ClassMethod(_) => format!("<classmethod(<function>) at {}>", self.addr(v)),
            Obj::Super { .. } => "<super object>".into(),
            _ => String::new(),
        }
    }
}
