//! Builtin functions (CPython's Python/bltinmodule.c): the registration of all of them,
//! and print, len, repr/ascii, sorted, iter/next, chr/ord, format, input, exit/quit.
//! The numeric ones are in `numeric.rs`, those about objects and namespaces in
//! `namespace.rs`.

use super::namespace::{
    callable, delattr, dir, getattr, globals, hasattr, hash, id, isinstance, issubclass, locals,
    setattr, vars,
};
use super::numeric::{abs, all, any, bin, divmod, hex, max, min, oct, pow, round, sum};
use super::{add_fns, check_args, int_arg, kwarg, no_kwargs};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    add_fns(
        vm,
        b,
        &[
            ("print", print),
            ("len", len),
            ("repr", repr),
            ("ascii", ascii),
            ("abs", abs),
            ("min", min),
            ("max", max),
            ("sum", sum),
            ("sorted", sorted),
            ("id", id),
            ("hash", hash),
            ("isinstance", isinstance),
            ("issubclass", issubclass),
            ("iter", iter),
            ("next", next),
            ("getattr", getattr),
            ("setattr", setattr),
            ("hasattr", hasattr),
            ("delattr", delattr),
            ("chr", chr),
            ("ord", ord),
            ("hex", hex),
            ("oct", oct),
            ("bin", bin),
            ("any", any),
            ("all", all),
            ("callable", callable),
            ("round", round),
            ("divmod", divmod),
            ("pow", pow),
            ("format", format),
            ("input", input),
            ("vars", vars),
            ("dir", dir),
            ("globals", globals),
            ("locals", locals),
            (
                "__build_class__",
                crate::runtime::types::class::new::build_class,
            ),
        ],
    );
    let n = Value::None;
    super::set_in(vm, b, "__name__", n);
    let nm = vm.new_str("builtins");
    super::set_in(vm, b, "__name__", nm);
}

fn print(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let sep = match kwarg(vm, kw, "sep") {
        Some(Value::None) | None => " ".to_string(),
        Some(v) => match vm.as_str(v) {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("sep must be None or a string, not {}", tn)));
            }
        },
    };
    let end = match kwarg(vm, kw, "end") {
        Some(Value::None) | None => "\n".to_string(),
        Some(v) => match vm.as_str(v) {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("end must be None or a string, not {}", tn)));
            }
        },
    };
    let file = kwarg(vm, kw, "file");
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.to_str(a)?);
    }
    out.push_str(&end);
    match file {
        Some(f) if !matches!(f, Value::None) => {
            let w = vm.get_attr(f, "write")?;
            let s = vm.new_str(out);
            let r = vm.call_value(w, &[s], &[]);
            vm.decref(w);
            vm.decref(s);
            let x = r?;
            vm.decref(x);
        }
        _ => vm.write_out(&out),
    }
    if kwarg(vm, kw, "flush")
        .map(|v| matches!(v, Value::Bool(true)))
        .unwrap_or(false)
    {
        vm.flush_out();
    }
    Ok(Value::None)
}

/// `len(v)` as usize.
pub fn length(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Value::Obj(r) = v {
        match vm.heap.get(r) {
            Obj::Str(s) => return Ok(s.len()),
            Obj::Bytes(b) => return Ok(b.len()),
            Obj::ByteArray(b) => return Ok(b.data.len()),
            Obj::List(l) => return Ok(l.len()),
            Obj::Tuple(t) => return Ok(t.len()),
            Obj::Dict(d) => return Ok(d.len()),
            Obj::Set(s) | Obj::FrozenSet(s) => return Ok(s.len()),
            Obj::Range { start, stop, step } => {
                return Ok(crate::runtime::types::range::range_len(*start, *stop, *step) as usize)
            }
            Obj::BigRange(br) => {
                use num_traits::ToPrimitive;
                return match br.len().to_i64() {
                    Some(n) => Ok(n as usize),
                    None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
                };
            }
            Obj::DictView { dict, .. } => {
                if let Obj::Dict(d) = vm.heap.get(*dict) {
                    return Ok(d.len());
                }
            }
            Obj::Instance(_) | Obj::Class(_) if vm.like_instance(v) => {
                if let Some(n) = vm.instance_len(v) {
                    return n;
                }
            }
            _ => {}
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("object of type '{}' has no len()", tn)))
}

fn len(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "len", kw)?;
    check_args(vm, "len", args, 1, 1)?;
    let n = length(vm, args[0])? as i64;
    Ok(vm.int(n))
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
fn repr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| repr_impl(vm, args, kw))
}

fn repr_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "repr", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
fn ascii(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| ascii_impl(vm, args, kw))
}

fn ascii_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ascii", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    let s = crate::runtime::vm::repr::ascii_of_repr(&s);
    Ok(vm.new_str(s))
}

/// `sorted` calls `list.sort` through a bound builtin method; CPython counts one level
/// for the pair (see `vm/depth.rs`).
fn sorted(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| sorted_impl(vm, args, kw))
}

fn sorted_impl(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        let n = args.len();
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", n)));
    }
    let mut items = vm.collect_iter(args[0])?;
    let key = kwarg(vm, kw, "key");
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    if let Err(e) = crate::runtime::types::list::sort::sort_values(vm, &mut items, key, reverse) {
        for v in items {
            vm.decref(v);
        }
        return Err(e);
    }
    let l = crate::runtime::object::ListObj::new_preallocated(items);
    Ok(vm.heap.new_value(Obj::List(l)))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(crate::runtime::types::iter::new::callable_iter_new(
            vm, args[0], args[1],
        ));
    }
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "next", args, 1, 2)?;
    let it = args[0];
    let is_iter = matches!(it, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Iter(_)))
        || matches!(it, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Generator(g) if !g.code.flags.coroutine))
        || vm
            .lookup_type_attr(it, "__next__")
            .map(|m| vm.decref(m))
            .is_some();
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{}' object is not an iterator", tn)));
    }
    // Generators: a return value becomes StopIteration(value).
    if let Value::Obj(r) = it {
        if let Obj::Generator(_) = vm.heap.get(r) {
            return match vm.gen_resume(r, Value::None, None)? {
                Ok(v) => Ok(v),
                Err(ret) => {
                    if let Some(&d) = args.get(1) {
                        vm.decref(ret);
                        vm.incref(d);
                        return Ok(d);
                    }
                    Err(vm.stop_iteration(ret))
                }
            };
        }
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => {
                vm.incref(d);
                Ok(d)
            }
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn chr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "chr", args, 1, 1)?;
    let i = int_arg(vm, args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.str_of_char(c)),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ord", args, 1, 1)?;
    if let Some(b) = vm.bytes_data(args[0]) {
        if b.len() != 1 {
            let n = b.len();
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                n
            )));
        }
        return Ok(vm.int(b[0] as i64));
    }
    match vm.as_str(args[0]) {
        Some(s) => {
            let n = s.chars().count();
            if n != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    n
                )));
            }
            Ok(vm.int(s.chars().next().unwrap() as i64))
        }
        None => {
            let tn = vm.type_name(args[0]);
            Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                tn
            )))
        }
    }
}

fn format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "format", args, 1, 2)?;
    // A non-str spec counts as empty (CPython raises TypeError; not modelled).
    let spec = args.get(1).copied().unwrap_or(Value::None);
    vm.format_obj(args[0], spec)
}

fn input(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "input", args, 0, 1)?;
    if let Some(&p) = args.first() {
        let s = vm.to_str(p)?;
        vm.write_out(&s);
    }
    vm.flush_out();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.err("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        Err(_) => Err(vm.err("EOFError", "EOF when reading a line")),
    }
}

/// CPython's `_sitebuiltins.Quitter`, whose instances `site` installs as `exit` and
/// `quit`: the repr tells how to leave, calling raises `SystemExit(code)`.
const SITEBUILTINS: &str = "\
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
";

/// Installs `exit` and `quit` (run once the builtin types are ready).
pub fn install_quitters(vm: &mut Vm) {
    let (m, d) = super::new_module(vm, "_sitebuiltins");
    crate::runtime::modules::pysrc::exec_in(vm, "_sitebuiltins", SITEBUILTINS, d)
        .unwrap_or_else(|_| panic!("_sitebuiltins failed to initialize"));
    let cls = vm.get_attr(m, "Quitter").expect("_sitebuiltins.Quitter");
    for name in ["exit", "quit"] {
        let n = vm.new_str(name);
        let eof = vm.new_str("Ctrl-D (i.e. EOF)");
        let q = vm.call_value(cls, &[n, eof], &[]).expect("Quitter()");
        vm.decref(n);
        vm.decref(eof);
        let b = vm.builtins;
        super::set_in(vm, b, name, q);
    }
    vm.decref(cls);
    vm.decref(m);
}
