//! `%gc` / `mempy.gc_report()`: runs a full collection and reports what it found
//! unreachable (by type) with the generation counters before and after.

use super::table;
use crate::runtime::vm::Vm;

/// The collector's counters at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GcCounts {
    /// `gc.get_count()`.
    pub count: [i64; 3],
    /// Tracked objects in each generation.
    pub sizes: [usize; 3],
}

/// A full collection's outcome.
pub struct GcView {
    pub before: GcCounts,
    pub after: GcCounts,
    pub unreachable: usize,
    pub by_type: Vec<(String, usize)>,
}

pub fn counts(vm: &Vm) -> GcCounts {
    GcCounts {
        count: [
            vm.heap.allocs_since_collect.max(0),
            vm.gc.counts[1],
            vm.gc.counts[2],
        ],
        sizes: [vm.heap.gen_len(0), vm.heap.gen_len(1), vm.heap.gen_len(2)],
    }
}

/// Runs `gc.collect()` (all generations) and reports.
pub fn collect(vm: &mut Vm) -> GcView {
    vm.drain_zero_queue();
    let before = counts(vm);
    let r = vm.collect(2);
    vm.drain_zero_queue();
    let after = counts(vm);
    let mut by_type = r.by_type;
    by_type.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    GcView {
        before,
        after,
        unreachable: r.unreachable,
        by_type,
    }
}

/// The `%gc` text.
pub fn render(v: &GcView) -> String {
    let mut out = format!(
        "collected generations 0-2: {} unreachable object{} found\n",
        v.unreachable,
        if v.unreachable == 1 { "" } else { "s" }
    );
    if !v.by_type.is_empty() {
        let rows: Vec<Vec<String>> = v
            .by_type
            .iter()
            .map(|(t, n)| vec![format!("  {}", t), n.to_string()])
            .collect();
        out.push_str(&table(&["  type", "count"], &rows, &[false, true]));
    }
    let row = |name: &str, c: &GcCounts| {
        vec![
            name.to_string(),
            format!("({}, {}, {})", c.count[0], c.count[1], c.count[2]),
            c.sizes[0].to_string(),
            c.sizes[1].to_string(),
            c.sizes[2].to_string(),
        ]
    };
    out.push_str(&table(
        &["", "get_count()", "tracked: gen0", "gen1", "gen2"],
        &[row("before", &v.before), row("after", &v.after)],
        &[false, false, true, true, true],
    ));
    // Say which number is which: the counters are CPython's, and easy to misread.
    out.push_str(
        "get_count(): allocations since the last collection, then the collections of\n\
         generations 0 and 1 since the next generation's; tracked: container objects\n\
         in each generation\n",
    );
    out
}
