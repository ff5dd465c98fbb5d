//! memoryview's methods and attributes (CPython's `memory_methods` and
//! `memory_getsetlist`): `tobytes`, `tolist`, `hex`, `release`, the context manager,
//! `toreadonly`, `cast` (with a shape: 1-D to N-D and back), and `obj`, `nbytes`, `format`, `itemsize`,
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
    if m.inner.is_empty() {
        return Ok(vm.new_list(items));
    }
    // A multi-dimensional view: nested lists, innermost dimension first.
    let mut level = items;
    for &n in m.inner.iter().rev().chain(std::iter::once(&m.len)) {
        if n == 0 || level.is_empty() {
            break;
        }
        let mut next = Vec::with_capacity(level.len() / n);
        let mut it = level.into_iter();
        loop {
            let chunk: Vec<Value> = it.by_ref().take(n).collect();
            if chunk.is_empty() {
                break;
            }
            next.push(vm.new_list(chunk));
        }
        level = next;
    }
    // The loop wrapped the outermost dimension too: one list holding the result.
    match level.len() {
        1 => Ok(level[0]),
        _ => Ok(vm.new_list(level)),
    }
}

fn hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    view(vm, args)?;
    crate::runtime::types::bytes::methods::hex(vm, args, kw)
}

fn release(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "release", args, 0, 0)?;
    if let Some(&Value::Obj(r)) = args.first() {
        if let Obj::MemoryView(m) = vm.heap.get(r) {
            let mut m = MemoryViewObj { ..(**m).clone() };
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

/// `view.cast(format[, shape])`: the same bytes seen as items of another format,
/// and with a shape as an N-dimensional view (CPython's `memory_cast`: C-contiguous
/// views only, one-dimensional to N-dimensional or back).
fn cast(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let mut args = args.to_vec();
    for (i, name) in [(1, "format"), (2, "shape")] {
        if let Some(v) = crate::runtime::builtins::kwarg(vm, kw, name) {
            if args.len() != i {
                return Err(vm.type_error(format!(
                    "argument for cast() given by name ('{name}') and position ({i})"
                )));
            }
            args.push(v);
        }
    }
    check_method(vm, "cast", &args, 1, 2)?;
    let (_, m) = view(vm, &args)?;
    let Some(f) = vm.as_str(args[1]).map(str::to_string) else {
        return Err(vm.type_error("memoryview: format argument must be a string"));
    };
    let shape = match args.get(2) {
        None => None,
        Some(&s) => match vm.seq_items(s) {
            Some(items) => Some(items),
            None => return Err(vm.type_error("shape must be a list or a tuple")),
        },
    };
    if !m.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if (shape.is_some() || m.ndim() != 1) && m.shape().contains(&0) {
        return Err(vm.type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    if let Some(s) = &shape {
        if s.len() > 64 {
            return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
        }
        if m.ndim() != 1 && s.len() != 1 {
            return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
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
    let mut dims = vec![m.nbytes() / size];
    if let Some(s) = shape {
        if s.is_empty() {
            return Err(vm.err(
                "NotImplementedError",
                "memoryview: casting to a zero-dimensional view is not supported",
            ));
        }
        dims.clear();
        let mut product: usize = 1;
        for v in s {
            let Some(n) = vm.as_i64(v) else {
                if vm.as_bigint(v).is_some() {
                    return Err(vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX"));
                }
                return Err(vm.type_error("memoryview.cast(): elements of shape must be integers"));
            };
            if n <= 0 {
                return Err(
                    vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
                );
            }
            product = match product
                .checked_mul(n as usize)
                .filter(|&p| p <= isize::MAX as usize)
            {
                Some(p) => p,
                None => return Err(vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX")),
            };
            dims.push(n as usize);
        }
        if product * size != m.nbytes() {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
    }
    let inner = dims.split_off(1);
    let row = inner.iter().product::<usize>() * size;
    Ok(vm.register_view(MemoryViewObj {
        len: dims[0],
        stride: row as isize,
        inner,
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
            "ndim" => self.int(m.ndim() as i64),
            "shape" => {
                let items = m.shape().iter().map(|&n| self.int(n as i64)).collect();
                self.new_tuple(items)
            }
            "strides" => {
                let items = m.strides().iter().map(|&n| self.int(n as i64)).collect();
                self.new_tuple(items)
            }
            "suboffsets" => self.new_tuple(vec![]),
            _ => Value::Bool(m.contiguous()),
        }))
    }
}
