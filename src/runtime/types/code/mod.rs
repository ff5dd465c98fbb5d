//! Code objects as Python sees them (CPython's Objects/codeobject.c): `Obj::Code`
//! wraps the compiler's `bytecode::CodeObject`. This folder holds what the simple
//! `co_*` fields in `vm/special.rs` do not: the tables derived from the instruction
//! list (`co_code`, `co_lines()`, `co_positions()`, `co_lnotab`) and the
//! constants and names as tuples (`attrs.rs`).

pub mod attrs;

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::Value;

impl Vm {
    /// The code object wrapping `code` (owned): the one already alive if there is one,
    /// so that a frame's `f_code`, a generator's `gi_code` and the function's
    /// `__code__` are one object, as in CPython, where a code object is made once by
    /// the compiler and shared. The table does not own its entries: an entry is used
    /// only while its slot still holds a code object of the same `CodeObject`.
    pub fn code_object(&mut self, code: &Rc<CodeObject>) -> Value {
        let key = Rc::as_ptr(code) as usize;
        if let Some(&r) = self.code_objects.get(&key) {
            if matches!(self.heap.get(r), Obj::Code(c) if Rc::ptr_eq(c, code)) {
                self.heap.incref_obj(r);
                return Value::Obj(r);
            }
        }
        let v = self.heap.new_value(Obj::Code(code.clone()));
        if let Value::Obj(r) = v {
            if self.code_objects.len() >= 4096 {
                // Forget the dead entries (compile() in a loop makes a code each time).
                let heap = &self.heap;
                self.code_objects.retain(
                    |&k, &mut r| matches!(heap.get(r), Obj::Code(c) if Rc::as_ptr(c) as usize == k),
                );
            }
            self.code_objects.insert(key, r);
        }
        v
    }
}
