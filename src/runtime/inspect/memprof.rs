//! `mempy --memprofile script.py`: after the run, memory per line of the script
//! (memory_profiler's `@profile` table, for every function of the script at once) and
//! allocations per call stack (memray's flame graph, drawn by `--memprofile-html`).
//!
//! The run traces allocations from the start (the `tracemalloc` machinery) with a
//! [`MemProf`] attached: each allocation and free is counted on the line of the
//! script that was running (the innermost frame of the script's own file: what a
//! builtin or an imported module allocates for that line counts on it) and on the
//! call stack. Sizes are `sys.getsizeof` bytes; see `heap/memprof.rs` for how a
//! container's growth after it was made is counted.

use super::table;
use crate::runtime::heap::memprof::MemProf;
use crate::runtime::heap::nums::NUM_TRACE_KEY;
use crate::runtime::heap::sizeof::sizeof_obj;
use crate::runtime::vm::Vm;

/// Turns tracing and the profile on for a run of `file` of `nlines` lines (before the
/// program's first object).
pub fn start(vm: &mut Vm, file: &str, nlines: usize) {
    let t = vm.heap.trace.get_or_insert_with(Box::default);
    t.prof = Some(Box::new(MemProf::new(file, nlines)));
}

/// The script's code has finished: what happens after (`atexit` handlers, releasing
/// the module's code) is not counted on its last line.
pub fn script_done(vm: &mut Vm) {
    if let Some(p) = vm.heap.trace.as_mut().and_then(|t| t.prof.as_mut()) {
        p.line = 0;
        p.node = 0;
        p.path.clear();
    }
}

/// One line of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: u32,
    pub func: String,
    pub source: String,
    pub alloc: u64,
    pub freed: u64,
    pub peak: u64,
    pub count: u64,
}

impl Row {
    pub fn net(&self) -> i64 {
        self.alloc as i64 - self.freed as i64
    }
}

/// One node of the call tree (index 0 is the root).
#[derive(Debug, Clone)]
pub struct FlameNode {
    pub parent: usize,
    pub name: String,
    pub file: String,
    pub line: u32,
    /// Bytes and objects allocated while this node was the innermost frame.
    pub bytes: u64,
    pub count: u64,
}

/// The finished profile of a run.
#[derive(Debug, Clone)]
pub struct Profile {
    pub file: String,
    /// Lines that allocated, freed or ran, heaviest first.
    pub rows: Vec<Row>,
    pub nodes: Vec<FlameNode>,
    /// Totals over the script's lines.
    pub alloc: u64,
    pub freed: u64,
    pub count: u64,
    /// Highest total of live bytes made by the script's lines during the run.
    pub peak: u64,
}

/// Stops profiling and returns the profile; `source` is the script's text. Objects
/// still alive are measured now (their growth since allocation counts on the line
/// that made them).
pub fn finish(vm: &mut Vm, source: &str) -> Option<Profile> {
    let t = vm.heap.trace.as_mut()?;
    let mut p = t.prof.take()?;
    let live: Vec<(u32, (u32, u32, usize))> = p.objs.iter().map(|(&k, &v)| (k, v)).collect();
    for (key, (line, node, size)) in live {
        if key & NUM_TRACE_KEY == 0 {
            let now = sizeof_obj(&vm.heap.slots[key as usize].obj);
            p.regrow(line, node, size, now);
        }
    }
    let src: Vec<&str> = source.lines().collect();
    let mut rows: Vec<Row> = Vec::new();
    for (i, s) in p.lines.iter().enumerate() {
        let text = i
            .checked_sub(1)
            .and_then(|j| src.get(j))
            .map_or("", |l| l.trim());
        // A line that only "ran" because the module's first instruction is placed on
        // it (a comment, a blank line) is not a row.
        let busy = s.count > 0 || s.freed > 0 || s.alloc > 0;
        let code_ran = s.ran && !text.is_empty() && !text.starts_with('#');
        if i == 0 || !(busy || code_ran) {
            continue;
        }
        rows.push(Row {
            line: i as u32,
            func: p.funcs[i].as_deref().unwrap_or("<module>").to_string(),
            source: text.to_string(),
            alloc: s.alloc,
            freed: s.freed,
            peak: s.peak,
            count: s.count,
        });
    }
    let (alloc, freed, count) = rows.iter().fold((0, 0, 0), |(a, f, c), r| {
        (a + r.alloc, f + r.freed, c + r.count)
    });
    rows.sort_by(|a, b| {
        (b.alloc, b.count, b.freed, b.peak)
            .cmp(&(a.alloc, a.count, a.freed, a.peak))
            .then(a.line.cmp(&b.line))
    });
    let nodes = p
        .nodes
        .iter()
        .map(|n| FlameNode {
            parent: n.parent as usize,
            name: n.name.to_string(),
            file: n.file.to_string(),
            line: n.line,
            bytes: n.bytes,
            count: n.count,
        })
        .collect();
    Some(Profile {
        file: p.file.to_string(),
        rows,
        nodes,
        alloc,
        freed,
        count,
        peak: p.peak,
    })
}

/// The line table, heaviest lines first (lines that ran without allocating or
/// freeing anything are left out of the text).
pub fn render(p: &Profile) -> String {
    let name = p.file.rsplit('/').next().unwrap_or(&p.file);
    let mut out = format!(
        "mempy --memprofile: {name}: {} objects allocated, {} bytes; {} bytes freed; \
         {} bytes still alive at exit; peak {} bytes (sys.getsizeof sizes)\n",
        p.count,
        p.alloc,
        p.freed,
        p.alloc as i64 - p.freed as i64,
        p.peak
    );
    let rows: Vec<Vec<String>> = p
        .rows
        .iter()
        .filter(|r| r.count > 0 || r.freed > 0 || r.alloc > 0)
        .map(|r| {
            vec![
                r.line.to_string(),
                r.alloc.to_string(),
                r.freed.to_string(),
                format!("{:+}", r.net()),
                r.peak.to_string(),
                r.count.to_string(),
                r.func.clone(),
                r.source.clone(),
            ]
        })
        .collect();
    out.push_str(&table(
        &[
            "line",
            "allocated",
            "freed",
            "net",
            "peak",
            "count",
            "function",
            "source",
        ],
        &rows,
        &[true, true, true, true, true, true, false, false],
    ));
    out
}
