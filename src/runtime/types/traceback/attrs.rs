//! Making traceback entries (CPython's `PyTraceBack_Here`) and the attributes of
//! traceback objects (`tb_frame`, `tb_next`, `tb_lasti`, `tb_lineno`; `tb_next` is
//! writable, as in CPython 3.7+).

use super::TracebackObj;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// Prepends an entry for `self.frames[fi]` at instruction `ip` to `exc`'s
    /// traceback: the exception is passing through that frame.
    pub fn tb_here(&mut self, exc: Value, fi: usize, ip: usize) {
        if self.exc_state(exc).is_none() {
            return;
        }
        // Library functions that are C code in CPython leave no entry there.
        if crate::runtime::modules::asyncio::hidden_from_traceback(&self.frames[fi].code) {
            return;
        }
        let frame = self.frame_object(fi);
        self.heap.incref_obj(frame);
        let lineno = self.frames[fi].code.lines.get(ip).copied().unwrap_or(0);
        let tb = self.heap.alloc(Obj::Traceback(TracebackObj {
            next: Value::None,
            frame: Value::Obj(frame),
            lasti: ip as u32,
            lineno,
        }));
        if let Some(s) = self.exc_state_mut(exc) {
            let old = std::mem::replace(&mut s.traceback, Value::Obj(tb));
            if let Obj::Traceback(t) = self.heap.get_mut(tb) {
                t.next = old;
            }
        }
    }

    /// `tb.name` (owned), None if a traceback has no such attribute.
    pub fn traceback_attr(&mut self, r: ObjRef, name: &str) -> PyResult<Option<Value>> {
        let Obj::Traceback(t) = self.heap.get(r) else {
            return Ok(None);
        };
        let (next, frame, lasti, lineno) = (t.next, t.frame, t.lasti, t.lineno);
        Ok(Some(match name {
            "tb_next" => {
                self.incref(next);
                next
            }
            "tb_frame" => {
                self.incref(frame);
                frame
            }
            "tb_lasti" => self.int(2 * lasti as i64),
            "tb_lineno" => self.int(lineno as i64),
            _ => return Ok(None),
        }))
    }

    /// `tb.tb_next = v` (`v` borrowed): another traceback or None, never one that
    /// leads back to `tb` (CPython's `tb_next_set`).
    pub fn traceback_set_next(&mut self, r: ObjRef, v: Option<Value>) -> PyResult<()> {
        let Some(v) = v else {
            return Err(self.type_error("can't delete tb_next attribute"));
        };
        if !matches!(v, Value::None) && !self.is_traceback(v) {
            let tn = self.type_name(v);
            return Err(self.type_error(format!("expected traceback object, got '{tn}'")));
        }
        let mut cur = v;
        while let Value::Obj(c) = cur {
            if c == r {
                return Err(self.value_error("traceback loop detected"));
            }
            cur = match self.heap.get(c) {
                Obj::Traceback(t) => t.next,
                _ => Value::None,
            };
        }
        self.incref(v);
        let old = match self.heap.get_mut(r) {
            Obj::Traceback(t) => std::mem::replace(&mut t.next, v),
            _ => v,
        };
        self.decref(old);
        Ok(())
    }

    pub fn is_traceback(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Traceback(_)))
    }

    /// The entries of a traceback chain, outermost first: (code, instruction index,
    /// line).
    pub fn traceback_entries(
        &self,
        tb: Value,
    ) -> Vec<(std::rc::Rc<crate::bytecode::CodeObject>, u32, u32)> {
        let mut out = Vec::new();
        let mut cur = tb;
        while let Value::Obj(r) = cur {
            let Obj::Traceback(t) = self.heap.get(r) else {
                break;
            };
            if let Value::Obj(fr) = t.frame {
                if let Obj::Frame(f) = self.heap.get(fr) {
                    out.push((f.code.clone(), t.lasti, t.lineno));
                }
            }
            cur = t.next;
        }
        out
    }

    /// `exc.__traceback__ = v` / `exc.with_traceback(v)` (`v` borrowed).
    pub fn set_exc_traceback(&mut self, exc: Value, v: Value) -> PyResult<()> {
        if !matches!(v, Value::None) && !self.is_traceback(v) {
            return Err(self.type_error("__traceback__ must be a traceback or None"));
        }
        self.incref(v);
        let old = match self.exc_state_mut(exc) {
            Some(s) => std::mem::replace(&mut s.traceback, v),
            None => v,
        };
        self.decref(old);
        Ok(())
    }
}

/// The names a traceback lists for `dir()` (CPython's `tb_dir`): its four
/// attributes, not those of its type.
pub const TB_DIR: [&str; 4] = ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"];

/// Registers the methods of traceback objects.
pub fn install(vm: &mut Vm) {
    let t = vm.types.traceback;
    crate::runtime::builtins::add_methods(vm, t, &[("__dir__", tb_dir_method)]);
}

/// `tb.__dir__()`.
fn tb_dir_method(
    vm: &mut Vm,
    args: &[Value],
    _kw: crate::runtime::types::function::KwArgs,
) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "__dir__", args, 1, 1)?;
    let names = TB_DIR.iter().map(|n| vm.new_str(*n)).collect();
    Ok(vm.new_list(names))
}
