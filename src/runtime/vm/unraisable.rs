//! Exceptions that cannot propagate (raised by `__del__`, weakref callbacks, gc
//! callbacks, a generator closed while being destroyed): CPython's
//! `PyErr_WriteUnraisable` and `sys.unraisablehook` (Python/errors.c).
//!
//! The exception goes to `sys.unraisablehook` as an `UnraisableHookArgs` struct
//! sequence; the default hook (`sys.__unraisablehook__`) writes
//! `Exception ignored in: <object repr>` and the traceback to `sys.stderr`. A hook
//! that raises is itself reported by the default hook, as "Exception ignored in
//! sys.unraisablehook".

use super::{PyErr, PyResult, Vm};
use crate::runtime::types::function::KwArgs;
use crate::value::Value;

/// The hook's argument: a struct sequence of five fields.
const ARGS_SRC: &str = "\
from collections import namedtuple
UnraisableHookArgs = namedtuple('UnraisableHookArgs',
    ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'], module='builtins')
";

impl Vm {
    /// Reports an exception raised where it cannot propagate and drops it (CPython's
    /// `PyErr_WriteUnraisable(obj)`).
    pub fn print_unraisable(&mut self, e: PyErr, obj: Value) {
        self.print_unraisable_msg(e, None, obj);
    }

    /// [`Vm::print_unraisable`] with the report's lead text (CPython's
    /// `_PyErr_WriteUnraisableMsg`: "Exception ignored {msg}" instead of "Exception
    /// ignored in").
    pub fn print_unraisable_msg(&mut self, e: PyErr, msg: Option<&str>, obj: Value) {
        self.flush_out();
        let err_msg = match msg {
            Some(m) => self.new_str(format!("Exception ignored {m}")),
            None => Value::None,
        };
        // An exception that never passed through a Python frame (a generator's
        // "ignored GeneratorExit") is reported at the running frame, as CPython's
        // `_PyErr_WriteUnraisableMsg` makes it a traceback from the current frame.
        let no_tb = self
            .exc_state(e.0)
            .is_some_and(|s| matches!(s.traceback, Value::None));
        if no_tb && !self.frames.is_empty() {
            let fi = self.frames.len() - 1;
            let ip = self.frames[fi].ip.saturating_sub(1);
            self.tb_here(e.0, fi, ip);
        }
        let hook = self.unraisable_hook();
        match hook {
            Some(h) => {
                if let Err(e2) = self.call_unraisable_hook(h, e.0, err_msg, obj) {
                    let msg = self.new_str("Exception ignored in sys.unraisablehook");
                    self.write_unraisable(e2.0, msg, h);
                    self.decref(msg);
                    self.decref(e2.0);
                }
                self.decref(h);
            }
            None => self.write_unraisable(e.0, err_msg, obj),
        }
        self.decref(err_msg);
        self.decref(e.0);
    }

    /// `sys.unraisablehook` (owned), or None when `sys` has none or it is None.
    fn unraisable_hook(&mut self) -> Option<Value> {
        let sys = self.loaded_module("sys")?;
        let k = self.intern("unraisablehook");
        let h = self.get_attr(sys, k);
        self.decref(sys);
        match h {
            Ok(Value::None) => None,
            Ok(h) => Some(h),
            Err(e) => {
                self.decref(e.0);
                None
            }
        }
    }

    /// The `UnraisableHookArgs` class, made on first use (not at start-up, so a
    /// program that never needs it allocates nothing for it); kept by the VM,
    /// as CPython's type is not a `sys` attribute.
    pub(crate) fn unraisable_args_class(&mut self) -> Option<crate::value::ObjRef> {
        if self.unraisable_args.is_some() {
            return self.unraisable_args;
        }
        let d = self
            .heap
            .alloc(crate::runtime::object::Obj::Dict(Box::default()));
        let was = std::mem::replace(&mut self.import.library_only, true);
        let r = crate::runtime::modules::pysrc::exec_in(self, "sys", ARGS_SRC, d);
        self.import.library_only = was;
        if let Err(e) = r {
            self.decref(e.0);
        } else {
            let k = self.intern("UnraisableHookArgs");
            if let Ok(Some(Value::Obj(c))) = self.dict_get_item(Value::Obj(d), k) {
                self.unraisable_args = Some(c);
            }
        }
        self.heap.decref_obj(d);
        self.unraisable_args
    }

    fn call_unraisable_hook(
        &mut self,
        hook: Value,
        exc: Value,
        err_msg: Value,
        obj: Value,
    ) -> PyResult<()> {
        let Some(cls) = self.unraisable_args_class() else {
            self.write_unraisable(exc, err_msg, obj);
            return Ok(());
        };
        let t = Value::Obj(self.type_of(exc));
        let tb = self.exc_state(exc).map_or(Value::None, |s| s.traceback);
        let args = self.call_value(Value::Obj(cls), &[t, exc, tb, err_msg, obj], &[])?;
        let r = self.call_value(hook, &[args], &[]);
        self.decref(args);
        self.decref(r?);
        Ok(())
    }

    /// What the default hook writes to `sys.stderr` (CPython's
    /// `write_unraisable_exc_file`): the `err_msg` (default "Exception ignored in")
    /// with the object's repr, then the exception's traceback and last line.
    fn write_unraisable(&mut self, exc: Value, err_msg: Value, obj: Value) {
        let mut text = String::new();
        let msg = match err_msg {
            Value::None => None,
            m => Some(match self.to_str(m) {
                Ok(s) => s,
                Err(e) => {
                    self.decref(e.0);
                    String::new()
                }
            }),
        };
        if !matches!(obj, Value::None) {
            let what = match self.repr(obj) {
                Ok(s) => s,
                Err(e2) => {
                    self.decref(e2.0);
                    "<object repr() failed>".into()
                }
            };
            let lead = msg.as_deref().unwrap_or("Exception ignored in");
            text.push_str(&format!("{lead}: {what}\n"));
        } else if let Some(m) = msg {
            text.push_str(&format!("{m}:\n"));
        }
        if self.exc_state(exc).is_some() {
            text.push_str(&self.format_exception_unchained(exc));
        } else if let Value::Obj(r) = exc {
            if matches!(self.heap.get(r), crate::runtime::object::Obj::Class(_)) {
                let tn = self.class_name(r);
                text.push_str(&format!("{tn}\n"));
            }
        }
        if let Err(e) = crate::runtime::modules::sys::write_to_sys_stderr(self, &text) {
            self.decref(e.0);
            crate::eprint_safe!("{}", text);
        }
    }
}

/// `sys.__unraisablehook__(unraisable)`: the default hook, writing the report to
/// `sys.stderr`.
pub fn default_hook(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "unraisablehook", args, 1, 1)?;
    let is_args = match vm.unraisable_args_class() {
        Some(c) => vm.type_of(args[0]) == c,
        None => false,
    };
    if !is_args {
        return Err(vm.type_error("sys.unraisablehook argument type must be UnraisableHookArgs"));
    }
    let tuple = vm.payload_of(args[0]).unwrap_or(args[0]);
    let items = vm.seq_items(tuple).unwrap_or_default();
    if items.len() != 5 {
        return Err(vm.type_error("sys.unraisablehook argument type must be UnraisableHookArgs"));
    }
    // (exc_type, exc_value, exc_traceback, err_msg, object)
    let exc = if matches!(items[1], Value::None) {
        items[0]
    } else {
        items[1]
    };
    vm.write_unraisable(exc, items[3], items[4]);
    Ok(Value::None)
}
