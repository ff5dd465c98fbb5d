//! `_sre`, the engine under `re` (CPython's Modules/_sre/): `compile` parses a pattern
//! (`parse.rs`, CPython's messages) into a program (`exec.rs`), `match` runs one.
//! The Python half (`py/re.py`) has the `Pattern` and `Match` classes, `sub`'s
//! templates, `split`, `findall`, `finditer`, flags and `re.error`.
//!
//! The engine is written here rather than taken from a regex crate: Python's `re` is
//! a backtracking matcher (backreferences, lookbehind, atomic groups, possessive
//! repeats, sre's rules for empty iterations and for where `$` matches), and its
//! error messages come from its own parser, which a crate's parser would not give.
//!
//! Compiled programs are kept for the life of the process in a table indexed by the
//! id `compile` returns, one entry per distinct (pattern, flags), like `re`'s own
//! cache but without eviction; they are not Python objects (the `Pattern` object
//! that holds the id is).
//!
//! Left out: locale-dependent matching (`re.LOCALE` acts as ASCII)
//! and full Unicode case folding (IGNORECASE compares simple lower and upper cases).

pub mod exec;
pub mod parse;

use crate::runtime::builtins::{add_fns, check_args, int_arg, new_module};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The character a `\N{name}` escape names.
pub fn unicode_name(name: &str) -> Option<u32> {
    crate::text::char_by_name(name).map(|c| c as u32)
}

/// A compiled pattern: its program, final flags and group names.
type Compiled = (Rc<exec::Program>, u32, Vec<(String, usize)>);

#[derive(Default)]
struct Cache {
    ids: HashMap<(Vec<u32>, bool, u32), usize>,
    progs: Vec<Compiled>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_sre");
    add_fns(vm, d, &[("compile", compile), ("match", match_)]);
    m
}

/// The pattern or subject as code points: (points, is_text).
fn code_points(vm: &Vm, v: Value) -> Option<(Vec<u32>, bool)> {
    if let Some(s) = vm.as_str(v) {
        return Some((s.chars().map(|c| c as u32).collect(), true));
    }
    vm.bytes_data(v)
        .map(|b| (b.iter().map(|&x| x as u32).collect(), false))
}

/// `_sre.compile(pattern, flags)`: `(id, flags, groups, [(name, index)...])`, or on a
/// syntax error `(msg, pos, exception_name)` for `re.py` to raise. When parsing met
/// sets that may change meaning or deprecated group names, the result is
/// `([(category, message)...], that tuple)`: `re.py` issues the warnings first (only when the pattern is parsed, not on a cache
/// hit, as CPython's `re` cache does).
fn compile(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut warnings = Vec::new();
    let r = compile_pattern(vm, args, &mut warnings)?;
    if warnings.is_empty() {
        return Ok(r);
    }
    let items = warnings
        .into_iter()
        .map(|w| {
            let (cat, msg) = match w {
                parse::Warning::Future(m) => ("FutureWarning", m),
                parse::Warning::Deprecation(m) => ("DeprecationWarning", m),
            };
            let c = vm.new_str(cat);
            let m = vm.new_str(msg);
            vm.new_tuple(vec![c, m])
        })
        .collect();
    let l = vm.new_list(items);
    Ok(vm.new_tuple(vec![l, r]))
}

fn compile_pattern(
    vm: &mut Vm,
    args: &[Value],
    warnings: &mut Vec<parse::Warning>,
) -> PyResult<Value> {
    check_args(vm, "compile", args, 2, 2)?;
    let flags = int_arg(vm, args[1])? as u32;
    let Some((pat, text)) = code_points(vm, args[0]) else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let key = (pat, text, flags);
    let hit = CACHE.with(|c| c.borrow().ids.get(&key).copied());
    let id = match hit {
        Some(id) => id,
        None => match parse::parse(&key.0, flags, text, warnings) {
            Ok(p) => {
                let widths: Vec<(u64, u64)> = (0..p.groups)
                    .map(|g| find_group_width(&p.node, g).unwrap_or((0, parse::MAXREPEAT)))
                    .collect();
                let prog = exec::compile(&p.node, p.groups, widths);
                CACHE.with(|c| {
                    let mut c = c.borrow_mut();
                    c.progs.push((Rc::new(prog), p.flags, p.names));
                    let id = c.progs.len() - 1;
                    c.ids.insert(key, id);
                    id
                })
            }
            Err(e) => {
                let msg = vm.new_str(e.msg);
                let pos = match e.pos {
                    Some(p) => vm.int(p as i64),
                    None => Value::None,
                };
                let exc = match e.exc {
                    Some(n) => vm.new_str(n),
                    None => Value::None,
                };
                return Ok(vm.new_tuple(vec![msg, pos, exc]));
            }
        },
    };
    let (flags, groups, names) = CACHE.with(|c| {
        let c = c.borrow();
        let (p, f, n) = &c.progs[id];
        (*f, p.groups, n.clone())
    });
    let mut items = Vec::new();
    for (n, g) in names {
        let k = vm.new_str(n);
        let v = vm.int(g as i64);
        items.push(vm.new_tuple(vec![k, v]));
    }
    let idv = vm.int(id as i64);
    let fv = vm.int(flags as i64);
    let gv = vm.int(groups as i64 - 1);
    let nv = vm.new_list(items);
    Ok(vm.new_tuple(vec![idv, fv, gv, nv]))
}

fn find_group_width(n: &parse::Node, g: usize) -> Option<(u64, u64)> {
    use parse::Node::*;
    match n {
        Group(h, x) if *h == g => Some(x.width(&[])),
        Group(_, x) | Repeat(_, _, _, x) | Look(_, _, x) | Atomic(x) => find_group_width(x, g),
        Cat(v) | Alt(v) => v.iter().find_map(|x| find_group_width(x, g)),
        Cond(_, a, b) => find_group_width(a, g).or_else(|| find_group_width(b, g)),
        _ => None,
    }
}

/// `_sre.match(id, string, pos, endpos, mode, must_advance)`: mode 0 matches at
/// `pos`, 1 must match through `endpos`, 2 searches. None, or a tuple of the group
/// spans flattened (-1 for a group that did not take part) followed by `lastindex`.
fn match_(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "match", args, 6, 6)?;
    let id = int_arg(vm, args[0])? as usize;
    let pos = int_arg(vm, args[2])?.max(0) as usize;
    let endpos = int_arg(vm, args[3])?.max(0) as usize;
    let mode = int_arg(vm, args[4])?;
    let must_advance = vm.truthy(args[5])?;
    let Some(prog) = CACHE.with(|c| c.borrow().progs.get(id).map(|p| p.0.clone())) else {
        return Err(vm.value_error("invalid pattern id"));
    };
    let goal = exec::Goal {
        full: mode == 1,
        must_advance,
        start: pos,
    };
    let interrupt = || crate::runtime::interrupt::pending();
    let (result, caps, lastindex, interrupted) = {
        let subject = args[1];
        // An ASCII str is matched on its bytes in place; other text is decoded once.
        let ascii_bytes: Option<&[u8]> = match subject {
            Value::Obj(r) => match vm.heap.get(r) {
                Obj::Str(s) if s.is_ascii() => Some(s.as_str().as_bytes()),
                _ => None,
            },
            _ => None,
        };
        let owned: Vec<u32>;
        let bytes: Option<&[u8]> = match ascii_bytes {
            Some(b) => Some(b),
            None => vm.bytes_data(subject),
        };
        macro_rules! run {
            ($t:expr) => {{
                let t = $t;
                let end = endpos.min(exec::Text::len(t));
                let mut m = exec::Matcher::new(&prog, t, end, &interrupt);
                let r = if pos > end {
                    None
                } else if mode == 2 {
                    m.search(pos, goal)
                } else {
                    m.match_at(pos, goal).map(|e| (pos, e))
                };
                (r, std::mem::take(&mut m.caps), m.lastindex, m.interrupted)
            }};
        }
        match bytes {
            Some(b) => run!(b),
            None => {
                if let Some(s) = vm.as_str(subject) {
                    owned = s.chars().map(|c| c as u32).collect();
                    run!(&owned[..])
                } else {
                    // Any other buffer exporter (a bytes subclass, memoryview,
                    // array) is matched on a copy of its bytes, as sre's getstring.
                    match vm.buffer_bytes(subject)? {
                        Some(b) => run!(&b[..]),
                        None => {
                            let tn = vm.type_name(subject);
                            return Err(vm.type_error(format!(
                                "expected string or bytes-like object, got '{tn}'"
                            )));
                        }
                    }
                }
            }
        }
    };
    if interrupted {
        vm.poll_attention()?;
    }
    let Some((s, e)) = result else {
        return Ok(Value::None);
    };
    let mut items = vec![vm.int(s as i64), vm.int(e as i64)];
    for (i, &c) in caps.iter().enumerate().skip(2) {
        let pair = caps[i ^ 1];
        let v = if c == usize::MAX || pair == usize::MAX {
            -1
        } else {
            c as i64
        };
        items.push(vm.int(v));
    }
    let li = if lastindex == 0 { -1 } else { lastindex as i64 };
    items.push(vm.int(li));
    Ok(vm.new_tuple(items))
}
