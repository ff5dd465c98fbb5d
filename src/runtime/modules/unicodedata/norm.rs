//! Unicode normalization (UAX #15) for `unicodedata.normalize` and
//! `is_normalized`: canonical or compatibility decomposition (with the
//! algorithmic Hangul syllables), canonical ordering by combining class, and
//! canonical composition into the primary composites.
//!
//! As in CPython, a quick check runs first: when it says the text is already in
//! the form, `normalize` returns its argument itself (so the identity of the
//! result is CPython's), and `is_normalized` answers without normalizing.
//!
//! `ucd_3_2_0`'s versions (`old`) work as CPython's do: characters Unicode 3.2.0
//! did not assign are left alone (neither decomposed nor composed into), the
//! other data is 14.0.0's, and the quick check is skipped (so they always build a
//! new string).

use super::tables;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::text::unicodedata_tables as t;
use crate::value::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// The four forms, in the order of the quick-check table's bit pairs.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    Nfc,
    Nfkc,
    Nfd,
    Nfkd,
}

impl Form {
    fn compat(self) -> bool {
        matches!(self, Form::Nfkc | Form::Nfkd)
    }
    fn composed(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }
}

struct Maps {
    /// Code point -> (is a compatibility mapping, mapping).
    decomp: HashMap<u32, (bool, Vec<u32>)>,
    /// Canonical pair -> primary composite.
    compose: HashMap<(u32, u32), u32>,
}

fn maps() -> &'static Maps {
    static M: OnceLock<Maps> = OnceLock::new();
    M.get_or_init(|| {
        let mut decomp = HashMap::with_capacity(tables::DECOMPOSITION.len());
        for &(cp, text) in tables::DECOMPOSITION {
            let compat = text.starts_with('<');
            let parts: Vec<u32> = text
                .split(' ')
                .filter(|p| !p.starts_with('<'))
                .filter_map(|p| u32::from_str_radix(p, 16).ok())
                .collect();
            decomp.insert(cp, (compat, parts));
        }
        let mut compose = HashMap::with_capacity(tables::COMPOSITES.len());
        for &cp in tables::COMPOSITES {
            if let Some((false, parts)) = decomp.get(&cp) {
                if let [a, b] = parts[..] {
                    compose.insert((a, b), cp);
                }
            }
        }
        Maps { decomp, compose }
    })
}

/// The value of Unicode 3.2.0's run holding `cp`, where 3.2.0 differs.
pub(super) fn old_run<T: Copy>(table: &[(u32, u32, T)], cp: u32) -> Option<T> {
    let i = table.partition_point(|&(_, last, _)| last < cp);
    match table.get(i) {
        Some(&(first, _, v)) if first <= cp => Some(v),
        _ => None,
    }
}

/// Whether Unicode 3.2.0 assigned `cp`.
pub(super) fn old_assigned(cp: u32) -> bool {
    old_run(tables::OLD_CATEGORY, cp) != Some("Cn")
}

fn ccc(cp: u32) -> u8 {
    let table = t::COMBINING;
    let i = table.partition_point(|&(_, last, _)| last < cp);
    match table.get(i) {
        Some(&(first, _, v)) if first <= cp => v,
        _ => 0,
    }
}

fn decompose_into(m: &Maps, cp: u32, compat: bool, old: bool, out: &mut Vec<u32>) {
    if old {
        if !old_assigned(cp) {
            out.push(cp);
            return;
        }
        if let Ok(i) = tables::OLD_NORMALIZATION.binary_search_by_key(&cp, |&(c, _)| c) {
            out.push(tables::OLD_NORMALIZATION[i].1);
            return;
        }
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    match m.decomp.get(&cp) {
        Some((is_compat, parts)) if compat || !is_compat => {
            for &p in parts {
                decompose_into(m, p, compat, old, out);
            }
        }
        _ => out.push(cp),
    }
}

fn compose_pair(m: &Maps, a: u32, b: u32, old: bool) -> Option<u32> {
    let c = compose_pair_now(m, a, b)?;
    if old && !old_assigned(c) {
        return None;
    }
    Some(c)
}

fn compose_pair_now(m: &Maps, a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return Some(a + (b - T_BASE));
    }
    m.compose.get(&(a, b)).copied()
}

/// The text in `form` (by Unicode 3.2.0 when `old`).
fn run(cps: &[u32], form: Form, old: bool) -> Vec<u32> {
    let m = maps();
    let mut d = Vec::with_capacity(cps.len());
    for &cp in cps {
        decompose_into(m, cp, form.compat(), old, &mut d);
    }
    // Canonical ordering: each run of non-starters sorted (stably) by class.
    let mut i = 0;
    while i < d.len() {
        if ccc(d[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < d.len() && ccc(d[i]) != 0 {
            i += 1;
        }
        d[start..i].sort_by_key(|&c| ccc(c));
    }
    if !form.composed() {
        return d;
    }
    let mut out: Vec<u32> = Vec::with_capacity(d.len());
    let mut starter: Option<usize> = None;
    // Class of the last character kept after the starter (None: adjacent).
    let mut last: Option<u8> = None;
    for cp in d {
        let cc = ccc(cp);
        if let Some(si) = starter {
            let blocked = matches!(last, Some(l) if l >= cc);
            if !blocked {
                if let Some(c) = compose_pair(m, out[si], cp, old) {
                    out[si] = c;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(out.len());
            last = None;
        } else {
            last = Some(cc);
        }
        out.push(cp);
    }
    out
}

/// CPython's quick check: 0 yes, 1 maybe, 2 no.
fn quick_check(cps: &[u32], form: Form) -> u8 {
    let shift = 2 * form as u32;
    let table = tables::QUICK_CHECK;
    let mut prev = 0u8;
    let mut result = 0u8;
    for &cp in cps {
        let cc = ccc(cp);
        if cc != 0 && prev > cc {
            return 2;
        }
        prev = cc;
        let i = table.partition_point(|&(_, last, _)| last < cp);
        let q = match table.get(i) {
            Some(&(first, _, v)) if first <= cp => (v >> shift) & 3,
            _ => 0,
        };
        if q == 2 {
            return 2;
        }
        result = result.max(q);
    }
    result
}

/// The (form, code points of the text) arguments, with CPython's messages.
fn args_of(vm: &mut Vm, fname: &str, args: &[Value], kw: KwArgs) -> PyResult<(Form, Vec<u32>)> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", fname)));
    }
    if args.len() != 2 {
        let msg = crate::runtime::builtins::clinic_positional_msg(fname, args.len(), 2, 2);
        return Err(vm.type_error(msg));
    }
    for (i, &a) in args.iter().enumerate() {
        if vm.as_str(a).is_none() {
            let tn = crate::runtime::types::str::codec::arg_type_name(vm, a);
            return Err(vm.type_error(format!(
                "{}() argument {} must be str, not {}",
                fname,
                i + 1,
                tn
            )));
        }
    }
    let form = match vm.as_str(args[0]) {
        Some("NFC") => Form::Nfc,
        Some("NFKC") => Form::Nfkc,
        Some("NFD") => Form::Nfd,
        Some("NFKD") => Form::Nfkd,
        _ => return Err(vm.value_error("invalid normalization form")),
    };
    let flagged = vm.str_is_flagged(args[1]);
    let cps = match vm.as_str(args[1]) {
        Some(s) => crate::text::surrogates::code_points(s, flagged).collect(),
        None => Vec::new(),
    };
    Ok((form, cps))
}

/// `normalize(form, unistr)`: `unistr` itself when it is empty or the quick
/// check says it is already in the form, else a new string.
fn normalize_in(vm: &mut Vm, args: &[Value], kw: KwArgs, old: bool) -> PyResult<Value> {
    let (form, cps) = args_of(vm, "normalize", args, kw)?;
    if cps.is_empty() || (!old && quick_check(&cps, form) == 0) {
        vm.incref(args[1]);
        return Ok(args[1]);
    }
    let out = run(&cps, form, old);
    if let [one] = out[..] {
        // One character: CPython's shared single-character strings.
        return Ok(vm.str_of_code_point(one));
    }
    vm.new_str_code_points(&out)
}

fn is_normalized_in(vm: &mut Vm, args: &[Value], kw: KwArgs, old: bool) -> PyResult<Value> {
    let (form, cps) = args_of(vm, "is_normalized", args, kw)?;
    let answer = match if old { 1 } else { quick_check(&cps, form) } {
        0 => true,
        2 => false,
        _ => run(&cps, form, old) == cps,
    };
    Ok(Value::Bool(answer))
}

pub fn normalize(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    normalize_in(vm, args, kw, false)
}

pub fn is_normalized(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    is_normalized_in(vm, args, kw, false)
}

pub fn old_normalize(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    normalize_in(vm, args, kw, true)
}

pub fn old_is_normalized(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    is_normalized_in(vm, args, kw, true)
}
