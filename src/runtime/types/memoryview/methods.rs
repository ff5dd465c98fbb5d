//! memoryview's methods and attributes (CPython's `memory_methods` and
//! `memory_getsetlist`): `tobytes`, `tolist`, `hex`, `release`, the context manager,
//! `toreadonly`, one-dimensional `cast`, and `obj`, `nbytes`, `format`, `itemsize`,
//! `readonly`, `ndim`, `shape`, `strides`, `suboffsets` and the contiguity flags.

use super::{format_itemsize, MemoryViewObj};
use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers memoryview's constructor and methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.memoryview;
    add_methods(
        vm,
        t,
        &[
            ("tobytes", tobytes),
            ("tolist", tolist),
            ("hex", hex),
            ("release", release),
            ("__enter__", enter),
            ("__exit__", exit),
            ("toreadonly", toreadonly),
            ("cast", cast),
        ],
    );
}

/// The view `args[0]`, live.
fn view(vm: &mut Vm, args: &[Value]) -> PyResult<(ObjRef, MemoryViewObj)> {
    match args.first() {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::MemoryView(_)) => {
            Ok((r, vm.live_view(r)?))
        }
        _ => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

fn tobytes(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "tobytes", args, 0, 1)?;
    let (_, m) = view(vm, args)?;
    let data = m.copy_bytes(vm.mbuf_mem(m.mbuf));
    Ok(vm.new_bytes(data))
}

fn tolist(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "tolist", args, 0, 0)?;
    let (_, m) = view(vm, args)?;
    let items = vm.view_items(&m)?;
    Ok(vm.new_list(items))
}

fn hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    view(vm, args)?;
    crate::runtime::types::bytes::methods::hex(vm, args, kw)
}

fn release(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "release", args, 0, 0)?;
    if let Some(&Value::Obj(r)) = args.first() {
        if let Obj::MemoryView(m) = vm.heap.get(r) {
            let mut m = MemoryViewObj { ..**m };
            vm.release_view(&mut m);
            if let Obj::MemoryView(v) = vm.heap.get_mut(r) {
                v.released = true;
            }
        }
    }
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__enter__", args, 0, 0)?;
    view(vm, args)?;
    vm.incref(args[0]);
    Ok(args[0])
}

fn exit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    release(vm, &args[..1], kw)
}

fn toreadonly(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "toreadonly", args, 0, 0)?;
    let (_, m) = view(vm, args)?;
    Ok(vm.register_view(MemoryViewObj {
        readonly: true,
        hash: None,
        ..m
    }))
}

/// `view.cast(format)`: the same bytes seen as items of another format (a C-contiguous
/// one-dimensional view only, as CPython's `memory_cast` without `shape`).
fn cast(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "cast", args, 1, 2)?;
    let (_, m) = view(vm, args)?;
    let Some(f) = vm.as_str(args[1]).map(str::to_string) else {
        return Err(vm.type_error("memoryview: format argument must be a string"));
    };
    if args.len() > 2 {
        return Err(vm.err(
            "NotImplementedError",
            "memoryview: casting with a shape is not supported",
        ));
    }
    if !m.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let Some(size) = format_itemsize(&f) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let fmt = *f.as_bytes().last().unwrap_or(&b'B');
    let byte_fmt = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_fmt(fmt) && !byte_fmt(m.fmt) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    if m.nbytes() % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    Ok(vm.register_view(MemoryViewObj {
        len: m.nbytes() / size,
        stride: size as isize,
        fmt,
        itemsize: size,
        hash: None,
        ..m
    }))
}

impl Vm {
    /// The bytes a live memoryview shows (None for anything else).
    pub fn view_bytes(&self, v: Value) -> Option<Vec<u8>> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::MemoryView(m) if !m.released => Some(m.copy_bytes(self.mbuf_mem(m.mbuf))),
                _ => None,
            },
            _ => None,
        }
    }

    /// The attributes of a view (`special_attr`'s memoryview arm): None if `name`
    /// is not one of them.
    pub fn memoryview_member(&mut self, r: ObjRef, name: &str) -> PyResult<Option<Value>> {
        if !matches!(
            name,
            "obj"
                | "nbytes"
                | "readonly"
                | "itemsize"
                | "format"
                | "ndim"
                | "shape"
                | "strides"
                | "suboffsets"
                | "c_contiguous"
                | "f_contiguous"
                | "contiguous"
        ) {
            return Ok(None);
        }
        let m = self.live_view(r)?;
        Ok(Some(match name {
            "obj" => {
                let o = match self.heap.get(m.mbuf) {
                    Obj::ManagedBuffer(b) => b.obj,
                    _ => Value::None,
                };
                self.incref(o);
                o
            }
            "nbytes" => self.int(m.nbytes() as i64),
            "readonly" => Value::Bool(m.readonly),
            "itemsize" => self.int(m.itemsize as i64),
            "format" => {
                let s = (m.fmt as char).to_string();
                self.new_str(s)
            }
            "ndim" => self.int(1),
            "shape" => {
                let n = self.int(m.len as i64);
                self.new_tuple(vec![n])
            }
            "strides" => {
                let n = self.int(m.stride as i64);
                self.new_tuple(vec![n])
            }
            "suboffsets" => self.new_tuple(vec![]),
            _ => Value::Bool(m.contiguous()),
        }))
    }
}
