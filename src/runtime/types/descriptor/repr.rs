//! `repr()` of property, staticmethod, classmethod and super objects.

use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};

impl Vm {
    /// The repr of the descriptor `v` (`r`): a property, a builtin class's
    /// classmethod or a super object (`vm/repr.rs` does a staticmethod's and a
    /// classmethod's, which show their callable's repr).
    pub(crate) fn descriptor_repr(&self, v: Value, r: ObjRef) -> String {
        match self.heap.get(r) {
            Obj::Property(_) => format!("<property object at {}>", self.addr(v)),
            // A builtin class's classmethod is a `classmethod_descriptor`.
            Obj::ClassMethod(f, ..) if self.builtin_classmethod(*f).is_some() => {
                let b = self.builtin_classmethod(*f).expect("checked");
                format!(
                    "<method '{}' of '{}' objects>",
                    b.name,
                    self.objclass_name(b)
                )
            }
            // CPython's super_repr: the start class and the type of the bound object
            // (the object itself when it is a class).
            Obj::Super { typ, start, .. } => {
                let t = self.class_name(*typ);
                let o = match start {
                    Value::Obj(c) => self.class_name(*c),
                    _ => return format!("<super: <class '{t}'>, NULL>"),
                };
                format!("<super: <class '{t}'>, <{o} object>>")
            }
            _ => String::new(),
        }
    }
}
