//! `OSError` and its subclasses (CPython's `OSError_new`, `OSError_init`,
//! `OSError_str` and the errno → subclass map in Objects/exceptions.c): members
//! `errno`, `strerror`, `filename`, `filename2`; `OSError(2, 'No such file or
//! directory')` makes a `FileNotFoundError`; `str()` is `[Errno 2] No such file or
//! directory: 'x.txt'`. Also the `IOError`/`EnvironmentError` aliases, and
//! [`Vm::os_error`], the exception for a failed system call.

use crate::runtime::builtins::{add_methods, set_in};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

/// The members, in field order (`ExcState::fields`; CPython's `PyOSErrorObject`
/// slots with their `T_OBJECT` member descriptors).
const FIELDS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];
/// The field of `characters_written` (a getset over CPython's `written`, -1 while
/// unset: `Undef` here).
pub const WRITTEN: usize = 4;

/// Registers `OSError.__init__` (for subclasses written in Python), the member
/// descriptors and the aliases.
pub fn install(vm: &mut Vm) {
    let cls = vm.exc_type("OSError");
    add_methods(vm, cls, &[("__init__", os_error_init)]);
    for (ix, f) in FIELDS.iter().enumerate() {
        super::fields::add_member(vm, cls, f, ix as u32);
    }
    let b = vm.builtins;
    for alias in ["IOError", "EnvironmentError"] {
        vm.incref(Value::Obj(cls));
        set_in(vm, b, alias, Value::Obj(cls));
    }
}

/// The subclass CPython picks for an errno (`errnomap`).
fn errno_class(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

/// `OSError(errno, strerror, ...)` called on OSError itself becomes the errno's
/// subclass; any other class stays.
pub fn subclass_for_errno(vm: &mut Vm, cls: ObjRef, args: &[Value]) -> ObjRef {
    if cls != vm.exc_type("OSError") || !(2..=5).contains(&args.len()) {
        return cls;
    }
    match vm.as_i64(args[0]).and_then(errno_class) {
        Some(name) => vm.exc_type(name),
        None => cls,
    }
}

fn os_error_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let me = args[0];
    let rest = &args[1..];
    for &a in rest {
        vm.incref(a);
    }
    let t = vm.new_tuple(rest.to_vec());
    if let Some(s) = vm.exc_state_mut(me) {
        let old = std::mem::replace(&mut s.args, t);
        vm.decref(old);
    } else {
        vm.decref(t);
    }
    init_members(vm, me, rest)?;
    Ok(Value::None)
}

/// Sets a new OSError's members from its constructor arguments (CPython's
/// `oserror_init`): with 2 to 5 arguments, `errno`, `strerror`, `filename`,
/// `winerror`, `filename2`, and `args` keeps only the first two.
pub fn init_members(vm: &mut Vm, me: Value, args: &[Value]) -> PyResult<()> {
    if !vm.exc_matches(me, "OSError") {
        return Ok(());
    }
    let mut m = [Value::None; 4];
    if (2..=5).contains(&args.len()) {
        m[0] = args[0];
        m[1] = args[1];
        m[2] = args.get(2).copied().unwrap_or(Value::None);
        // BlockingIOError's third argument is the count of characters written
        // (CPython's `oserror_parse_args`), not a file name.
        if args.len() >= 3 && vm.exc_matches(me, "BlockingIOError") {
            if let Some(n) = vm.as_i64(args[2]) {
                let w = vm.int(n);
                let old = vm.set_exc_field(me, WRITTEN, w);
                if !old.is_undef() {
                    vm.decref(old);
                }
                m[2] = Value::None;
            }
        }
        m[3] = args.get(4).copied().unwrap_or(Value::None);
        // Only a real file name trims `args` to the first two (`oserror_init`).
        if args.len() > 2 && !matches!(m[2], Value::None) {
            let first = vec![args[0], args[1]];
            for &a in &first {
                vm.incref(a);
            }
            let t = vm.new_tuple(first);
            if let Some(s) = vm.exc_state_mut(me) {
                let old = std::mem::replace(&mut s.args, t);
                vm.decref(old);
            } else {
                vm.decref(t);
            }
        }
    }
    for (ix, v) in m.into_iter().enumerate() {
        vm.incref(v);
        let old = vm.set_exc_field(me, ix, v);
        if !old.is_undef() {
            vm.decref(old);
        }
    }
    Ok(())
}

/// The text of an OS error without Rust's ` (os error N)` suffix.
pub fn strerror_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

impl Vm {
    /// An OSError (the errno's subclass) for the failed system call `e` on
    /// `filename` (borrowed), as CPython's `PyErr_SetFromErrnoWithFilenameObject`.
    pub fn os_error(&mut self, e: &std::io::Error, filename: Option<Value>) -> PyErr {
        let errno = e.raw_os_error().unwrap_or(0) as i64;
        let cls = self.exc_type("OSError");
        let mut args = vec![self.int(errno), self.new_str(strerror_text(e))];
        if let Some(f) = filename {
            args.push(f);
        }
        let r = self.call_value(Value::Obj(cls), &args, &[]);
        self.decref(args[0]);
        self.decref(args[1]);
        match r {
            Ok(v) => PyErr(v),
            Err(err) => err,
        }
    }

    /// `str()` of an OSError with an errno: `[Errno N] text: 'file'`; None for other
    /// exceptions and for OSErrors made without one.
    pub(crate) fn os_error_str(&mut self, exc: Value) -> PyResult<Option<String>> {
        if !self.exc_matches(exc, "OSError") {
            return Ok(None);
        }
        // The members themselves, as CPython's `OSError_str` reads its struct.
        let vals: Vec<Value> = (0..FIELDS.len())
            .map(|ix| self.exc_field(exc, ix))
            .collect();
        self.os_error_text(&vals)
    }

    fn os_error_text(&mut self, v: &[Value]) -> PyResult<Option<String>> {
        let (errno, strerror, f1, f2) = (v[0], v[1], v[2], v[3]);
        if matches!(errno, Value::None) && matches!(strerror, Value::None) {
            return Ok(None);
        }
        let e = self.to_str(errno)?;
        let s = self.to_str(strerror)?;
        if !matches!(f1, Value::None) {
            let f = self.repr(f1)?;
            if !matches!(f2, Value::None) {
                let g = self.repr(f2)?;
                return Ok(Some(format!("[Errno {e}] {s}: {f} -> {g}")));
            }
            return Ok(Some(format!("[Errno {e}] {s}: {f}")));
        }
        Ok(Some(format!("[Errno {e}] {s}")))
    }
}
