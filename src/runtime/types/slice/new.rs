//! `slice(stop)` / `slice(start, stop[, step])` (CPython's Objects/sliceobject.c
//! `slice_new`), and the `start`/`stop`/`step` members (`slice_members`).

use crate::runtime::builtins::check_args;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    pub(crate) fn slice_new(&mut self, args: &[Value]) -> PyResult<Value> {
        check_args(self, "slice", args, 1, 3)?;
        let (a, b, c) = match args.len() {
            1 => (Value::None, args[0], Value::None),
            2 => (args[0], args[1], Value::None),
            _ => (args[0], args[1], args[2]),
        };
        for v in [a, b, c] {
            self.incref(v);
        }
        Ok(self.heap.new_value(Obj::Slice {
            start: a,
            stop: b,
            step: c,
        }))
    }

    /// `s.start`, `s.stop`, `s.step` (owned), or None for other names.
    pub(crate) fn slice_member(&mut self, r: ObjRef, name: &str) -> Option<Value> {
        let v = match self.heap.get(r) {
            Obj::Slice { start, stop, step } => match name {
                "start" => Some(*start),
                "stop" => Some(*stop),
                "step" => Some(*step),
                _ => None,
            },
            _ => unreachable!(),
        };
        if let Some(v) = v {
            self.incref(v);
        }
        v
    }
}
