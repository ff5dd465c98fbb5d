//! The `mempy` module: the REPL's heap and stack views as Python data
//! (`heap`, `referrers`, `refcount`, `stack`, `size`, `deep_size`, `gc_report`) and
//! as printed reports (`print_heap`, `print_refs`, `print_stack`, `print_size`, `why`,
//! `growth`, `diff` after `snapshot`).
//! The views themselves live in `crate::runtime::inspect`.

use crate::runtime::builtins::{add_fns, check_args, kwarg, new_module, set_in};
use crate::runtime::inspect::{gcview, growth, heapview, refs, size, stack, why};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "mempy");
    add_fns(
        vm,
        d,
        &[
            ("heap", heap),
            ("referrers", referrers),
            ("refcount", refcount),
            ("stack", stack_fn),
            ("size", size_fn),
            ("deep_size", deep_size),
            ("gc_report", gc_report),
            ("print_heap", print_heap),
            ("print_refs", print_refs),
            ("print_stack", print_stack),
            ("print_size", print_size),
            ("why", why_fn),
            ("growth", growth_fn),
            ("snapshot", snapshot_fn),
            ("diff", diff_fn),
        ],
    );
    m
}

/// `heap(type=None, all=False)` arguments: a type name (str) or a class.
fn heap_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: KwArgs,
) -> PyResult<(Option<String>, bool)> {
    check_args(vm, name, args, 0, 2)?;
    let t = args.first().copied().or_else(|| kwarg(vm, kw, "type"));
    let all = args.get(1).copied().or_else(|| kwarg(vm, kw, "all"));
    let filter = match t {
        None | Some(Value::None) => None,
        Some(v) => match vm.as_str(v) {
            Some(s) => Some(s.to_string()),
            None => match v {
                Value::Obj(r)
                    if matches!(vm.heap.get(r), crate::runtime::object::Obj::Class(_)) =>
                {
                    Some(vm.class_name(r))
                }
                _ => {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "{}() type must be a str or a class, not '{}'",
                        name, tn
                    )));
                }
            },
        },
    };
    let all = match all {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok((filter, all))
}

/// `mempy.heap(type=None, all=False)`: list of `(id, type, refcount, size, repr)`.
fn heap(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (filter, all) = heap_args(vm, "heap", args, kw)?;
    vm.drain_zero_queue();
    let view = heapview::heap_view(vm, filter.as_deref(), all);
    let mut rows = Vec::with_capacity(view.entries.len());
    for e in view.entries {
        let id = vm.int(crate::runtime::heap::sizeof::id_of_index(e.obj.0) as i64);
        let t = vm.new_str(e.type_name);
        let s = vm.new_str(e.repr);
        rows.push({
            let items = vec![id, t, vm.int(e.refcount as i64), vm.int(e.size as i64), s];
            vm.new_tuple(items)
        });
    }
    Ok(vm.new_list(rows))
}

fn print_heap(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (filter, all) = heap_args(vm, "print_heap", args, kw)?;
    vm.drain_zero_queue();
    let view = heapview::heap_view(vm, filter.as_deref(), all);
    let text = heapview::render(&view, 200);
    vm.write_out(&text);
    Ok(Value::None)
}

/// `mempy.referrers(x)`: one description per reference to `x`. The argument slot of
/// this very call is one of them (it shows as a temporary of the caller).
fn referrers(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "referrers", args, 1, 1)?;
    let holders = match refs::referrers(vm, args[0], 0) {
        Some(r) => {
            let mut h = r.holders;
            for _ in 0..r.other {
                h.push("held by the interpreter".into());
            }
            h
        }
        None => Vec::new(),
    };
    let items: Vec<Value> = holders.into_iter().map(|h| vm.new_str(h)).collect();
    Ok(vm.new_list(items))
}

/// `mempy.refcount(x)`: the exact count, without `sys.getrefcount`'s +1 for its
/// argument (0 for the singletons None, True, False, NotImplemented and Ellipsis).
fn refcount(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "refcount", args, 1, 1)?;
    let n = vm
        .heap
        .refcount_of(args[0])
        .map_or(0, |rc| rc.saturating_sub(1) as i64);
    Ok(vm.int(n))
}

fn print_refs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "print_refs", args, 1, 1)?;
    let rep = refs::referrers(vm, args[0], 0);
    let text = refs::render(vm, args[0], rep.as_ref());
    vm.write_out(&text);
    Ok(Value::None)
}

/// `mempy.stack()`: one dict per frame, outermost first, with `function`, `file`,
/// `line`, `first_slot`, `slots` and `locals` (name -> short repr).
fn stack_fn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "stack", args, 0, 0)?;
    let info = stack::stack_info(vm);
    let mut out = Vec::new();
    for f in info.frames {
        let d = vm.new_dict();
        let Value::Obj(dr) = d else { continue };
        let v = vm.new_str(f.name);
        set_in(vm, dr, "function", v);
        let v = vm.new_str(f.filename);
        set_in(vm, dr, "file", v);
        let nv = vm.int(f.line as i64);
        set_in(vm, dr, "line", nv);
        let nv = vm.int(f.first_slot as i64);
        set_in(vm, dr, "first_slot", nv);
        let nv = vm.int(f.slots as i64);
        set_in(vm, dr, "slots", nv);
        let l = vm.new_dict();
        if let Value::Obj(lr) = l {
            for (n, r) in f.locals {
                let r = vm.new_str(r);
                set_in(vm, lr, &n, r);
            }
        }
        set_in(vm, dr, "locals", l);
        out.push(d);
    }
    Ok(vm.new_list(out))
}

fn print_stack(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "print_stack", args, 0, 0)?;
    let text = stack::render(&stack::stack_info(vm));
    vm.write_out(&text);
    Ok(Value::None)
}

/// `mempy.size(x)`: `sys.getsizeof(x)` without calling a user `__sizeof__`.
fn size_fn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "size", args, 1, 1)?;
    let n = crate::runtime::heap::sizeof::sizeof(&vm.heap, args[0]) as i64;
    Ok(vm.int(n))
}

/// `mempy.deep_size(x)`: bytes of `x` and of everything only `x` keeps alive.
fn deep_size(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "deep_size", args, 1, 1)?;
    let n = size::size_report(vm, args[0]).deep as i64;
    Ok(vm.int(n))
}

fn print_size(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "print_size", args, 1, 1)?;
    let r = size::size_report(vm, args[0]);
    let text = size::render(vm, args[0], &r);
    vm.write_out(&text);
    Ok(Value::None)
}

/// `mempy.gc_report()`: runs a full collection; returns a dict with `unreachable`,
/// `by_type` (type name -> count), `before` and `after` (`gc.get_count()` tuples).
fn gc_report(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "gc_report", args, 0, 0)?;
    let v = gcview::collect(vm);
    let d = vm.new_dict();
    let Value::Obj(dr) = d else {
        return Ok(d);
    };
    let nv = vm.int(v.unreachable as i64);
    set_in(vm, dr, "unreachable", nv);
    let bt = vm.new_dict();
    if let Value::Obj(btr) = bt {
        for (t, n) in &v.by_type {
            let nv = vm.int(*n as i64);
            set_in(vm, btr, t, nv);
        }
    }
    set_in(vm, dr, "by_type", bt);
    for (name, c) in [("before", v.before), ("after", v.after)] {
        let items = c.count.iter().map(|&x| vm.int(x)).collect();
        let t = vm.new_tuple(items);
        set_in(vm, dr, name, t);
    }
    Ok(d)
}

/// `mempy.why(obj)`: prints the shortest chain of references from a root to `obj`
/// (or the cycle that keeps it alive). The argument of this call is not counted.
fn why_fn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "why", args, 1, 1)?;
    vm.drain_zero_queue();
    let w = why::why(vm, args[0], 1, true);
    let text = why::render(vm, args[0], &w, 1);
    vm.write_out(&text);
    Ok(Value::None)
}

/// `mempy.growth()`: prints the types whose live objects grew since the previous call.
fn growth_fn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "growth", args, 0, 0)?;
    vm.drain_zero_queue();
    let text = growth::growth(vm);
    vm.write_out(&text);
    Ok(Value::None)
}

/// `mempy.snapshot()`: marks this point of the allocation order (turning allocation
/// tracing on); returns the mark, for `mempy.diff(mark)`.
fn snapshot_fn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "snapshot", args, 0, 0)?;
    let s = growth::snapshot(vm);
    Ok(vm.int(s as i64))
}

/// `mempy.diff(mark=None)`: prints the objects allocated since the snapshot `mark`
/// (default: the last one) that are still alive, by type and by allocation line.
fn diff_fn(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "diff", args, 0, 1)?;
    let mark = match args.first().copied().or_else(|| kwarg(vm, kw, "mark")) {
        None | Some(Value::None) => growth::last_snapshot(),
        Some(v) => Some(crate::runtime::builtins::int_arg(vm, v)?.clamp(0, u32::MAX as i64) as u32),
    };
    let Some(mark) = mark else {
        return Err(vm.err(
            "RuntimeError",
            "no snapshot taken: call mempy.snapshot() first",
        ));
    };
    vm.drain_zero_queue();
    let text = growth::render_diff(&growth::diff(vm, mark));
    vm.write_out(&text);
    Ok(Value::None)
}
