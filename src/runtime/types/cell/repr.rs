//! `repr()` of a cell: `<cell at 0x...: int object at 0x...>` or
//! `<cell at 0x...: empty>` (CPython's `cell_repr`).

use crate::runtime::vm::Vm;
use crate::value::Value;

impl Vm {
    /// The repr of the cell `v` holding `c` (`Value::Undef` when empty).
    pub(crate) fn cell_repr(&self, v: Value, c: Value) -> String {
        if c.is_undef() {
            format!("<cell at {}: empty>", self.addr(v))
        } else {
            let tn = self.type_name(c);
            format!(
                "<cell at {}: {} object at {}>",
                self.addr(v),
                tn,
                self.addr(c)
            )
        }
    }
}
