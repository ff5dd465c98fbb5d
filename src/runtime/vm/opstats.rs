//! Instruction statistics for performance work (built only with `--features opstats`;
//! CPython's `--enable-pystats` is the model): how often each instruction kind runs,
//! how often it leaves the hot block for the general path, and the most frequent
//! consecutive pairs (candidates for superinstructions). Printed to stderr when the
//! process exits; a normal build contains none of it.

use crate::bytecode::Op;
use std::cell::RefCell;
use std::collections::HashMap;

/// An instruction's kind: its `Debug` name without the operand.
fn kind(op: Op) -> String {
    let s = format!("{op:?}");
    match s.find('(') {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

#[derive(Default)]
struct Stats {
    /// Discriminant of the previous fetch, for pairs.
    prev: Option<std::mem::Discriminant<Op>>,
    names: HashMap<std::mem::Discriminant<Op>, String>,
    fetched: HashMap<std::mem::Discriminant<Op>, u64>,
    general: HashMap<std::mem::Discriminant<Op>, u64>,
    /// General-path instructions by operand and the type on top of the stack.
    detail: HashMap<String, u64>,
    pairs: HashMap<(std::mem::Discriminant<Op>, std::mem::Discriminant<Op>), u64>,
}

thread_local! {
    static STATS: RefCell<Stats> = RefCell::new(Stats::default());
}

/// One fetch by the hot block.
pub fn fetched(op: Op) {
    STATS.with(|s| {
        let mut s = s.borrow_mut();
        let d = std::mem::discriminant(&op);
        s.names.entry(d).or_insert_with(|| kind(op));
        *s.fetched.entry(d).or_default() += 1;
        if let Some(p) = s.prev {
            *s.pairs.entry((p, d)).or_default() += 1;
        }
        s.prev = Some(d);
    });
}

/// One instruction handled by the general path; `tos` names the types of the top
/// two stack values.
pub fn general(op: Op, tos: &str) {
    STATS.with(|s| {
        let mut s = s.borrow_mut();
        let d = std::mem::discriminant(&op);
        s.names.entry(d).or_insert_with(|| kind(op));
        *s.general.entry(d).or_default() += 1;
        *s.detail.entry(format!("{op:?} [{tos}]")).or_default() += 1;
    });
}

/// The report, to stderr.
pub fn report() {
    STATS.with(|s| {
        let s = s.borrow();
        let total: u64 = s.fetched.values().sum();
        let name = |d: &std::mem::Discriminant<Op>| s.names.get(d).cloned().unwrap_or_default();
        let mut v: Vec<_> = s.fetched.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1));
        eprintln!("opstats: {total} instructions fetched");
        eprintln!(
            "{:<28} {:>12} {:>6} {:>12}",
            "kind", "count", "%", "general"
        );
        for (d, c) in v.iter().take(40) {
            let g = s.general.get(d).copied().unwrap_or(0);
            let pct = 100.0 * **c as f64 / total.max(1) as f64;
            eprintln!("{:<28} {:>12} {:>6.2} {:>12}", name(d), c, pct, g);
        }
        let mut g: Vec<_> = s.detail.iter().collect();
        g.sort_by(|a, b| b.1.cmp(a.1));
        eprintln!("general path:");
        for (k, c) in g.iter().take(30) {
            eprintln!("{:<60} {:>12}", k, c);
        }
        let mut p: Vec<_> = s.pairs.iter().collect();
        p.sort_by(|a, b| b.1.cmp(a.1));
        eprintln!("pairs:");
        for ((a, b), c) in p.iter().take(30) {
            let pct = 100.0 * **c as f64 / total.max(1) as f64;
            eprintln!("{:<28} {:<28} {:>12} {:>6.2}", name(a), name(b), c, pct);
        }
    });
}
