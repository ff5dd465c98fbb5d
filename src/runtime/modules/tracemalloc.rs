//! The `tracemalloc` module (CPython's Modules/_tracemalloc.c and Lib/tracemalloc.py):
//! natively `start`, `stop`, `is_tracing`, `get_traced_memory`, `reset_peak`,
//! `clear_traces`, `get_traceback_limit`, `_get_traces`, `_get_object_traceback`; the
//! snapshot API (`take_snapshot`, `Snapshot.statistics`/`compare_to`, `Statistic`,
//! `StatisticDiff`, `Traceback`, `Frame`, `Filter`, `get_object_traceback`) is the
//! Python half in `py/tracemalloc.py`, run in the same namespace (as `weakref`).
//!
//! Allocation sites: while tracing, the VM records the current instruction's
//! traceback (up to `start(nframe)` frames) before each instruction of the general
//! path ([`note_site`]); every object allocated is tagged with it. The hot path's
//! inline number arithmetic does not stop to record, so an int or float made there is
//! tagged with the last instruction of the general path that ran before it (usually on
//! the same line).
//!
//! mempy has no byte allocator to hook, so "memory" is the getsizeof model: while
//! tracing, every object allocated is traced with its `sys.getsizeof` size (`Heap::trace`),
//! and stops counting when it is freed. Containers are re-measured when the numbers are
//! read, so growth after allocation (list appends, dict inserts) is included in
//! `current`; the peak is the maximum of those readings and of the running total at
//! each allocation. Objects allocated before `start()` are never counted.

use crate::runtime::builtins::{add_module_fns, check_args, new_module};
use crate::runtime::heap::TraceState;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use std::rc::Rc;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "tracemalloc");
    add_module_fns(
        vm,
        d,
        "_tracemalloc",
        &[
            ("start", start),
            ("stop", stop),
            ("is_tracing", is_tracing),
            ("get_traced_memory", get_traced_memory),
            ("reset_peak", reset_peak),
            ("clear_traces", clear_traces),
            ("get_traceback_limit", get_traceback_limit),
            ("_get_traces", get_traces),
            ("_get_object_traceback", get_object_traceback),
        ],
    );
    // The Python half runs with the module registered (it imports nothing of itself).
    let key = vm.new_str("tracemalloc");
    let mods = Value::Obj(vm.modules);
    let r = vm.dict_set_item(mods, key, m);
    vm.decref(key);
    if let Err(e) =
        r.and_then(|_| super::pysrc::exec_in(vm, "tracemalloc", super::pysrc::TRACEMALLOC, d))
    {
        vm.decref(m);
        return Err(e);
    }
    Ok(m)
}

/// Records the allocation site of the instruction before `ip` in frame `fi` (called by
/// the VM while tracing, see the module docs).
#[cold]
pub fn note_site(vm: &mut Vm, fi: usize, ip: usize) {
    let nframe = vm.heap.trace_nframe.max(1) as usize;
    let code_addr = &*vm.frames[fi].code as *const crate::bytecode::CodeObject as usize;
    let key = (code_addr, ip, fi);
    let Some(t) = vm.heap.trace.as_mut() else {
        return;
    };
    if t.prof.is_some() {
        note_profile(vm, fi, ip);
    }
    let Some(t) = vm.heap.trace.as_mut() else {
        return;
    };
    // With one frame the site depends only on the instruction.
    if nframe == 1 && t.site_key == key {
        return;
    }
    let mut frames: Vec<(Rc<str>, u32)> = Vec::with_capacity(nframe.min(fi + 1));
    for k in (0..=fi).rev().take(nframe) {
        let f = &vm.frames[k];
        let at = if k == fi { ip } else { f.ip };
        let line = f.code.lines.get(at.saturating_sub(1)).copied().unwrap_or(0);
        frames.push((f.code.filename.clone(), line));
    }
    let frames = frames.into_boxed_slice();
    if t.site_frames.is_empty() {
        t.site_frames.push(Box::new([(Rc::from("<unknown>"), 0)]));
    }
    let id = match t.site_ids.get(&frames) {
        Some(&id) => id,
        None => {
            let id = t.site_frames.len() as u32;
            t.site_frames.push(frames.clone());
            t.site_ids.insert(frames, id);
            id
        }
    };
    t.site = id;
    t.site_key = key;
}

/// `--memprofile`: keeps the profile's current script line and call-tree node up to
/// date for the instruction before `ip` in frame `fi` (`heap/memprof.rs`). The stack
/// is compared with the last one seen frame by frame, so only the frames that changed
/// are looked up.
#[cold]
fn note_profile(vm: &mut Vm, fi: usize, ip: usize) {
    let Some(t) = vm.heap.trace.as_mut() else {
        return;
    };
    let Some(p) = t.prof.as_mut() else {
        return;
    };
    let mut parent = 0;
    let mut script_line = None;
    for k in 0..=fi {
        let f = &vm.frames[k];
        let at = if k == fi { ip } else { f.ip };
        let code = &*f.code as *const crate::bytecode::CodeObject as usize;
        let (line, node, own) = match p.path.get(k).copied() {
            Some((c, i, l, n, own)) if c == code && i == at => (l, n, own),
            cached => {
                let line = f.code.lines.get(at.saturating_sub(1)).copied().unwrap_or(0);
                // Whether the code is the script's: known from the cache when only
                // the instruction moved (comparing file names at every step was most
                // of the profile's cost).
                let own = match cached {
                    Some((c, _, _, _, own)) if c == code => own,
                    _ => f.code.filename == p.file,
                };
                let n = match cached {
                    Some((c, _, l, n, _)) if c == code && l == line => n,
                    _ => p.child(parent, code, line, &f.code.qualname, &f.code.filename),
                };
                if k < p.path.len() {
                    // A frame whose line changed changes the nodes of the frames above.
                    let keep = if n == cached.map_or(u32::MAX, |e| e.3) {
                        k + 1
                    } else {
                        k
                    };
                    p.path.truncate(keep);
                }
                if k < p.path.len() {
                    p.path[k] = (code, at, line, n, own);
                } else {
                    p.path.push((code, at, line, n, own));
                }
                (line, n, own)
            }
        };
        if own {
            script_line = Some((line, k));
        }
        parent = node;
    }
    p.path.truncate(fi + 1);
    p.node = parent;
    match script_line {
        Some((line, k)) => {
            let name = &vm.frames[k].code.qualname;
            p.enter_line(line, name);
        }
        None => p.line = 0,
    }
}

/// The traceback tuple of a site, most recent frame first: `((filename, lineno), ...)`.
fn site_tuple(vm: &mut Vm, site: u32) -> Value {
    let frames: Vec<(Rc<str>, u32)> = match &vm.heap.trace {
        Some(t) => match t.site_frames.get(site as usize) {
            Some(f) if site != 0 => f.to_vec(),
            _ => vec![(Rc::from("<unknown>"), 0)],
        },
        None => vec![(Rc::from("<unknown>"), 0)],
    };
    let items: Vec<Value> = frames
        .into_iter()
        .map(|(f, l)| {
            let fv = vm.new_str(f.to_string());
            let lv = vm.int(l as i64);
            vm.new_tuple(vec![fv, lv])
        })
        .collect();
    vm.new_tuple(items)
}

/// `_get_traces()`: one `(domain, size, traceback, total_nframe)` tuple per traced live
/// object, sizes re-measured now (the getsizeof model, see the module docs).
fn get_traces(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_get_traces", args, 0, 0)?;
    vm.heap.refresh_traces();
    let mut rows: Vec<(u32, usize, u32)> = match &vm.heap.trace {
        Some(t) => t
            .sizes
            .iter()
            .map(|(&k, &sz)| (k, sz, t.sites.get(&k).map_or(0, |s| s.0)))
            .collect(),
        None => Vec::new(),
    };
    // Allocation order is unknown; slot order keeps the result reproducible.
    rows.sort_unstable();
    let mut tbs: std::collections::HashMap<u32, Value> = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(rows.len());
    for (_, size, site) in rows {
        let tb = match tbs.get(&site) {
            Some(&v) => {
                vm.incref(v);
                v
            }
            None => {
                let v = site_tuple(vm, site);
                vm.incref(v);
                tbs.insert(site, v);
                v
            }
        };
        let n = match tb {
            Value::Obj(r) => match vm.heap.get(r) {
                crate::runtime::object::Obj::Tuple(t) => t.len(),
                _ => 1,
            },
            _ => 1,
        };
        let items = vec![vm.int(0), vm.int(size as i64), tb, vm.int(n as i64)];
        out.push(vm.new_tuple(items));
    }
    for (_, v) in tbs {
        vm.decref(v);
    }
    Ok(vm.new_list(out))
}

/// `_get_object_traceback(obj)`: the allocation traceback tuple of a traced object, or
/// None (not tracing, or allocated before `start()`).
fn get_object_traceback(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_get_object_traceback", args, 1, 1)?;
    let key = match args[0] {
        Value::Obj(r) => Some(r.0),
        Value::Int(n) | Value::Float(n) => Some(crate::runtime::heap::nums::NUM_TRACE_KEY | n.0),
        _ => None,
    };
    let site = match (&vm.heap.trace, key) {
        (Some(t), Some(k)) => t.sites.get(&k).map(|s| s.0),
        _ => None,
    };
    Ok(match site {
        Some(s) => site_tuple(vm, s),
        None => Value::None,
    })
}

fn start(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "start", args, 0, 1)?;
    let nframe = match args.first() {
        Some(&v) => crate::runtime::builtins::int_arg(vm, v)?,
        None => 1,
    };
    if !(1..=65535).contains(&nframe) {
        return Err(vm.value_error("the number of frames must be in range [1; 65535]"));
    }
    vm.heap.trace_nframe = nframe;
    if vm.heap.trace.is_none() {
        vm.heap.trace = Some(Box::default());
    }
    Ok(Value::None)
}

fn stop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "stop", args, 0, 0)?;
    vm.heap.clear_traces();
    vm.heap.trace = None;
    Ok(Value::None)
}

fn is_tracing(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "is_tracing", args, 0, 0)?;
    Ok(Value::Bool(vm.heap.trace.is_some()))
}

fn get_traced_memory(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_traced_memory", args, 0, 0)?;
    vm.heap.refresh_traces();
    let (cur, peak) = match &vm.heap.trace {
        Some(t) => (t.current, t.peak),
        None => (0, 0),
    };
    Ok({
        let items = vec![vm.int(cur as i64), vm.int(peak as i64)];
        vm.new_tuple(items)
    })
}

fn reset_peak(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "reset_peak", args, 0, 0)?;
    vm.heap.refresh_traces();
    if let Some(t) = &mut vm.heap.trace {
        let t: &mut TraceState = t;
        t.peak = t.current;
    }
    Ok(Value::None)
}

fn clear_traces(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "clear_traces", args, 0, 0)?;
    vm.heap.clear_traces();
    Ok(Value::None)
}

fn get_traceback_limit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_traceback_limit", args, 0, 0)?;
    let n = vm.heap.trace_nframe;
    Ok(vm.int(n))
}
