//! The array's methods and attributes (CPython's `array_methods` and
//! `array_getsets`), registered on the `array.array` class by [`install`].

use super::{mformat_code, TYPECODES};
use crate::runtime::builtins::{add_methods, check_args, native, set_in};
use crate::runtime::object::{Obj, PropertyObj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers the methods and the `typecode`/`itemsize` attributes on the array class.
pub fn install(vm: &mut Vm) {
    let t = vm.types.array;
    add_methods(
        vm,
        t,
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("buffer_info", buffer_info),
            ("byteswap", byteswap),
            ("frombytes", frombytes),
            ("tobytes", tobytes),
            ("fromlist", fromlist),
            ("tolist", tolist),
            ("fromunicode", fromunicode),
            ("tounicode", tounicode),
            ("tofile", tofile),
            ("fromfile", fromfile),
            ("__reduce_ex__", reduce_ex),
            ("__copy__", copy),
            ("__deepcopy__", deepcopy),
            ("__sizeof__", sizeof),
        ],
    );
    let d = match vm.heap.get(t) {
        Obj::Class(c) => c.dict,
        _ => return,
    };
    for (pname, f) in [
        ("typecode", typecode as crate::runtime::object::NativeFn),
        ("itemsize", itemsize),
    ] {
        let fget = native(vm, pname, f);
        let p = vm.heap.new_value(Obj::Property(Box::new(PropertyObj {
            fget,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            name: Value::None,
            getter_doc: false,
        })));
        set_in(vm, d, pname, p);
    }
    // CPython's Py_TPFLAGS_SEQUENCE: `match` sees a sequence.
    let flags = vm.int(1 << 5);
    set_in(vm, d, "__abc_tpflags__", flags);
}

/// The array `args[0]` (or the builtin part of a subclass instance).
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first().and_then(|&v| vm.array_ref(v)) {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "descriptor '{}' for 'array.array' objects doesn't apply to a '{}' object",
            name,
            args.first().map(|&v| vm.type_name(v)).unwrap_or_default()
        ))),
    }
}

/// `array.<name>()`-style argument count check (METH_O / METH_NOARGS methods).
fn exact(vm: &mut Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    check_args(vm, &format!("array.{}", name), &args[1..], n, n)
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "append")?;
    exact(vm, "append", args, 1)?;
    let code = vm.array_obj(r).code;
    let mut buf = Vec::with_capacity(8);
    vm.array_pack_into(code, args[1], &mut buf)?;
    let n = vm.array_len(r);
    vm.array_splice(r, n, n, &buf)?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "extend")?;
    exact(vm, "extend", args, 1)?;
    match vm.array_ref(args[1]) {
        Some(rb) => vm.array_extend_array(r, rb)?,
        None => vm.array_extend_iter(r, args[1])?,
    }
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "insert")?;
    check_args(vm, "insert", &args[1..], 2, 2)?;
    let i = vm.index_arg(args[1])?;
    let code = vm.array_obj(r).code;
    let mut buf = Vec::with_capacity(8);
    vm.array_pack_into(code, args[2], &mut buf)?;
    let n = vm.array_len(r) as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    vm.array_splice(r, i, i, &buf)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "pop")?;
    check_args(vm, "pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => vm.index_arg(v)?,
        None => -1,
    };
    let n = vm.array_len(r) as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = vm.array_get(r, j as usize)?;
    if let Err(e) = vm.array_splice(r, j as usize, j as usize + 1, &[]) {
        vm.decref(v);
        return Err(e);
    }
    Ok(v)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "remove")?;
    exact(vm, "remove", args, 1)?;
    match vm.array_find(r, args[1], 0, usize::MAX)? {
        Some(i) => {
            vm.array_splice(r, i, i + 1, &[])?;
            Ok(Value::None)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

/// A start/stop argument of `index` (CPython's `_PyEval_SliceIndexNotNone`).
fn slice_bound(vm: &mut Vm, v: Value, n: i64) -> PyResult<usize> {
    let i = match vm.as_i64(v) {
        Some(i) => i,
        None => match vm.as_bigint(v) {
            Some(b) => {
                use num_traits::Signed;
                if b.is_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
            None => {
                if vm
                    .lookup_type_attr(v, "__index__")
                    .map(|m| vm.decref(m))
                    .is_none()
                {
                    return Err(
                        vm.type_error("slice indices must be integers or have an __index__ method")
                    );
                }
                vm.index_arg(v)?
            }
        },
    };
    let j = if i < 0 {
        (i.saturating_add(n)).max(0)
    } else {
        i
    };
    Ok(j.min(n) as usize)
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "index")?;
    check_args(vm, "index", &args[1..], 1, 3)?;
    let n = vm.array_len(r) as i64;
    let start = match args.get(2) {
        Some(&v) => slice_bound(vm, v, n)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&v) => slice_bound(vm, v, n)?,
        None => usize::MAX,
    };
    match vm.array_find(r, args[1], start, stop)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "count")?;
    exact(vm, "count", args, 1)?;
    let mut k = 0;
    let mut i = 0;
    while let Some(j) = vm.array_find(r, args[1], i, usize::MAX)? {
        k += 1;
        i = j + 1;
    }
    Ok(vm.int(k))
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "reverse")?;
    exact(vm, "reverse", args, 0)?;
    let a = vm.array_obj_mut(r);
    let s = a.itemsize;
    let n = a.len();
    for i in 0..n / 2 {
        let j = n - 1 - i;
        for k in 0..s {
            a.data.swap(i * s + k, j * s + k);
        }
    }
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "buffer_info")?;
    exact(vm, "buffer_info", args, 0)?;
    let a = vm.array_obj(r);
    // The data's address (0 while nothing is allocated, as CPython's NULL).
    let addr = if a.alloc == 0 {
        0
    } else {
        a.data.as_ptr() as usize as i64
    };
    let n = a.len() as i64;
    let items = vec![vm.int(addr), vm.int(n)];
    Ok(vm.new_tuple(items))
}

fn byteswap(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "byteswap")?;
    exact(vm, "byteswap", args, 0)?;
    let a = vm.array_obj_mut(r);
    let s = a.itemsize;
    for chunk in a.data.chunks_mut(s) {
        chunk.reverse();
    }
    Ok(Value::None)
}

impl Vm {
    /// `a.frombytes(data)` for the array `r`.
    pub(crate) fn array_frombytes(&mut self, r: ObjRef, data: Value) -> PyResult<()> {
        let bytes = match self.buffer_bytes(data)? {
            Some(b) => b,
            None => {
                let tn = self.type_name(data);
                return Err(
                    self.type_error(format!("a bytes-like object is required, not '{}'", tn))
                );
            }
        };
        let s = self.array_obj(r).itemsize;
        if bytes.len() % s != 0 {
            return Err(self.value_error("bytes length not a multiple of item size"));
        }
        let n = self.array_len(r);
        self.array_splice(r, n, n, &bytes)
    }
}

fn frombytes(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "frombytes")?;
    exact(vm, "frombytes", args, 1)?;
    vm.array_frombytes(r, args[1])?;
    Ok(Value::None)
}

fn tobytes(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "tobytes")?;
    exact(vm, "tobytes", args, 0)?;
    let d = vm.array_obj(r).data.clone();
    Ok(vm.new_bytes(d))
}

fn fromlist(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "fromlist")?;
    exact(vm, "fromlist", args, 1)?;
    let items = match args[1] {
        Value::Obj(l) => match vm.heap.get(l) {
            Obj::List(l) => Some(l.items.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(items) = items else {
        return Err(vm.type_error("arg must be list"));
    };
    let code = vm.array_obj(r).code;
    let mut buf = Vec::new();
    for v in items {
        vm.array_pack_into(code, v, &mut buf)?;
    }
    let n = vm.array_len(r);
    vm.array_splice(r, n, n, &buf)?;
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "tolist")?;
    exact(vm, "tolist", args, 0)?;
    let items = vm.array_values(r)?;
    Ok(vm.new_list(items))
}

fn fromunicode(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "fromunicode")?;
    exact(vm, "fromunicode", args, 1)?;
    let Some(s) = vm.as_str(args[1]).map(|s| s.to_string()) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {}", tn)));
    };
    if vm.array_obj(r).code != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let mut buf = Vec::with_capacity(s.len() * 4);
    for c in s.chars() {
        buf.extend_from_slice(&(c as u32).to_ne_bytes());
    }
    let n = vm.array_len(r);
    vm.array_splice(r, n, n, &buf)?;
    Ok(Value::None)
}

fn tounicode(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "tounicode")?;
    exact(vm, "tounicode", args, 0)?;
    if vm.array_obj(r).code != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s = vm.array_tounicode(r)?;
    Ok(vm.new_str(s))
}

/// `a.tofile(f)`: the bytes written with `f.write` in blocks of 64 KiB, as CPython.
fn tofile(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "tofile")?;
    exact(vm, "tofile", args, 1)?;
    let data = vm.array_obj(r).data.clone();
    const BLOCK: usize = 64 * 1024;
    let mut chunks: Vec<&[u8]> = data.chunks(BLOCK).collect();
    if chunks.is_empty() {
        chunks.push(&[]);
    }
    let write = vm.get_attr(args[1], "write")?;
    for c in chunks {
        if data.is_empty() {
            break;
        }
        let b = vm.new_bytes(c.to_vec());
        let res = vm.call_value(write, &[b], &[]);
        vm.decref(b);
        match res {
            Ok(v) => vm.decref(v),
            Err(e) => {
                vm.decref(write);
                return Err(e);
            }
        }
    }
    vm.decref(write);
    Ok(Value::None)
}

/// `a.fromfile(f, n)`: `n` items read with `f.read`; EOFError (after appending
/// what was read) when fewer come.
fn fromfile(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "fromfile")?;
    check_args(vm, "fromfile", &args[1..], 2, 2)?;
    let n = vm.index_arg(args[2])?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let s = vm.array_obj(r).itemsize as i64;
    let want = n.saturating_mul(s);
    let read = vm.get_attr(args[1], "read")?;
    let nv = vm.int(want);
    let res = vm.call_value(read, &[nv], &[]);
    vm.decref(nv);
    vm.decref(read);
    let b = res?;
    let bytes = match b {
        Value::Obj(br) => match vm.heap.get(br) {
            Obj::Bytes(d) => Some(d.to_vec()),
            _ => None,
        },
        _ => None,
    };
    vm.decref(b);
    let Some(bytes) = bytes else {
        return Err(vm.type_error("read() didn't return bytes"));
    };
    let whole = bytes.len() - bytes.len() % s as usize;
    let len = vm.array_len(r);
    vm.array_splice(r, len, len, &bytes[..whole])?;
    if (bytes.len() as i64) != want {
        return Err(vm.err("EOFError", "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

/// `a.__reduce_ex__(protocol)` (CPython's `array_array___reduce_ex__`): below
/// protocol 3 `(type(a), (typecode, list), state)`, else the reconstructor with the
/// machine format and the raw bytes.
fn reduce_ex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "__reduce_ex__")?;
    exact(vm, "__reduce_ex__", args, 1)?;
    let Some(protocol) = vm.as_i64(args[1]) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            tn
        )));
    };
    let cls = vm.type_of(args[0]);
    let state = match vm.get_attr(args[0], "__dict__") {
        Ok(d) => d,
        Err(e) => {
            vm.decref(e.0);
            Value::None
        }
    };
    let code = vm.array_obj(r).code;
    let tc = vm.new_str((code as char).to_string());
    vm.heap.incref_obj(cls);
    if protocol < 3 {
        let items = match vm.array_values(r) {
            Ok(i) => i,
            Err(e) => {
                vm.decref(tc);
                vm.decref(state);
                vm.heap.decref_obj(cls);
                return Err(e);
            }
        };
        let l = vm.new_list(items);
        let inner = vm.new_tuple(vec![tc, l]);
        return Ok(vm.new_tuple(vec![Value::Obj(cls), inner, state]));
    }
    // The module's function, so that pickle finds it by its name.
    let recon = match vm.import_module("array").and_then(|m| {
        let f = vm.get_attr(m, "_array_reconstructor");
        vm.decref(m);
        f
    }) {
        Ok(f) => f,
        Err(e) => {
            vm.decref(tc);
            vm.decref(state);
            vm.heap.decref_obj(cls);
            return Err(e);
        }
    };
    let m = vm.int(mformat_code(code));
    let data = vm.array_obj(r).data.clone();
    let b = vm.new_bytes(data);
    let inner = vm.new_tuple(vec![Value::Obj(cls), tc, m, b]);
    Ok(vm.new_tuple(vec![recon, inner, state]))
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "__copy__")?;
    exact(vm, "__copy__", args, 0)?;
    let a = vm.array_obj(r);
    let (code, data) = (a.code, a.data.clone());
    Ok(vm.new_array(code, data))
}

fn deepcopy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "__deepcopy__")?;
    exact(vm, "__deepcopy__", args, 1)?;
    let a = vm.array_obj(r);
    let (code, data) = (a.code, a.data.clone());
    Ok(vm.new_array(code, data))
}

fn sizeof(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "__sizeof__")?;
    exact(vm, "__sizeof__", args, 0)?;
    let n = vm.array_obj(r).sizeof_method() as i64;
    Ok(vm.int(n))
}

fn typecode(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "typecode")?;
    let c = vm.array_obj(r).code;
    Ok(vm.str_of_char(c as char))
}

fn itemsize(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args, "itemsize")?;
    let s = vm.array_obj(r).itemsize as i64;
    Ok(vm.int(s))
}

/// `array.typecodes`.
pub fn typecodes(vm: &mut Vm) -> Value {
    vm.new_str(TYPECODES)
}
