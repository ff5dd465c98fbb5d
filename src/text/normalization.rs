//! Unicode normalization (UAX #15), the algorithm behind `unicodedata.normalize`
//! and the tokenizer's NFKC folding of identifiers (PEP 3131): canonical or
//! compatibility decomposition (with the algorithmic Hangul syllables), canonical
//! ordering by combining class, and canonical composition into the primary
//! composites, over `ucd_tables` (Unicode 14.0.0, CPython 3.11's database).
//!
//! It lives here, below the lexer, because CPython's parser normalizes every
//! non-ASCII identifier (`_PyPegen_new_identifier`) with the same code
//! `unicodedata.normalize` runs; `runtime::modules::unicodedata` wraps it.
//!
//! `old` selects `ucd_3_2_0`'s behaviour: characters Unicode 3.2.0 did not assign
//! are left alone (neither decomposed nor composed into), the other data is
//! 14.0.0's.

use super::ucd_tables as tables;
use super::unicodedata_tables as t;
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
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Form {
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
pub fn old_run<T: Copy>(table: &[(u32, u32, T)], cp: u32) -> Option<T> {
    let i = table.partition_point(|&(_, last, _)| last < cp);
    match table.get(i) {
        Some(&(first, _, v)) if first <= cp => Some(v),
        _ => None,
    }
}

/// Whether Unicode 3.2.0 assigned `cp`.
pub fn old_assigned(cp: u32) -> bool {
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
pub fn run(cps: &[u32], form: Form, old: bool) -> Vec<u32> {
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
pub fn quick_check(cps: &[u32], form: Form) -> u8 {
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

/// `s` in NFKC, as CPython's parser folds a non-ASCII identifier; ASCII text and
/// text the quick check passes come back borrowed, so the common case copies
/// nothing.
pub fn nfkc(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let cps: Vec<u32> = s.chars().map(u32::from).collect();
    if quick_check(&cps, Form::Nfkc) == 0 {
        return std::borrow::Cow::Borrowed(s);
    }
    // Normalization maps scalar values to scalar values, so every code point
    // of the result is a char.
    std::borrow::Cow::Owned(
        run(&cps, Form::Nfkc, false)
            .into_iter()
            .filter_map(char::from_u32)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfkc_folds_compatibility_characters() {
        assert_eq!(nfkc("\u{ff57}\u{ff57}\u{ff57}"), "www");
        assert_eq!(nfkc("\u{fb01}"), "fi");
        assert_eq!(nfkc("\u{210c}"), "H");
        assert_eq!(nfkc("e\u{301}"), "\u{e9}");
        assert!(matches!(nfkc("plain"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(
            nfkc("\u{e9}t\u{e9}"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn hangul_composes_algorithmically() {
        let jamo = [0x1100, 0x1161, 0x11A8];
        assert_eq!(run(&jamo, Form::Nfc, false), vec![0xAC01]);
        assert_eq!(run(&[0xAC01], Form::Nfd, false), jamo.to_vec());
    }
}
