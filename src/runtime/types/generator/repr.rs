//! `repr()` of a generator: `<generator object f at 0x...>` (CPython's `gen_repr`).

use crate::runtime::object::GeneratorObj;
use crate::runtime::vm::Vm;
use crate::value::Value;

impl Vm {
    /// The repr of the generator `v` whose payload is `g`.
    pub(crate) fn generator_repr(&self, v: Value, g: &GeneratorObj) -> String {
        let q = g.qualname;
        format!(
            "<generator object {} at {}>",
            self.as_str(q).unwrap_or("?"),
            self.addr(v)
        )
    }
}
