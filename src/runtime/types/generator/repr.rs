//! `repr()` of a generator: `<generator object f at 0x...>` (CPython's `gen_repr`;
//! `<coroutine object f at 0x...>` for a coroutine, `coro_repr`).

use crate::runtime::object::GeneratorObj;
use crate::runtime::vm::Vm;
use crate::value::Value;

impl Vm {
    /// The repr of the generator `v` whose payload is `g`.
    pub(crate) fn generator_repr(&self, v: Value, g: &GeneratorObj) -> String {
        let q = g.qualname;
        format!(
            "<{} object {} at {}>",
            if g.code.flags.async_generator {
                "async_generator"
            } else if g.code.flags.coroutine {
                "coroutine"
            } else {
                "generator"
            },
            self.as_str(q).unwrap_or("?"),
            self.addr(v)
        )
    }
}
