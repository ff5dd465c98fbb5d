//! `repr()` of a weak reference: `<weakref at 0x...; to 'C' at 0x...>` or
//! `<weakref at 0x...; dead>` (CPython's `weakref_repr`).

use crate::runtime::object::WeakRefObj;
use crate::runtime::vm::Vm;
use crate::value::Value;

impl Vm {
    /// The repr of the weak reference `v` whose payload is `w`.
    pub(crate) fn weakref_repr(&self, v: Value, w: &WeakRefObj) -> String {
        let t = w.target;
        if matches!(t, Value::None) {
            format!("<weakref at {}; dead>", self.addr(v))
        } else {
            let tn = self.type_name(t);
            format!(
                "<weakref at {}; to '{}' at {}>",
                self.addr(v),
                tn,
                self.addr(t)
            )
        }
    }
}
