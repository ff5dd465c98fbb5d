//! `mempy --memprofile`: the per-line and per-call-stack accounting of allocations and
//! frees (memory_profiler's line table, memray's flame graph), kept by the heap while
//! `tracemalloc`-style tracing is on (`TraceState::prof`).
//!
//! The heap cannot see frames: the VM keeps `line` (the current line of the innermost
//! frame running the script's own code) and `node` (the call stack, interned as a
//! path of (function, line) nodes) current from `modules::tracemalloc::note_site`,
//! which already runs before each instruction of the general path while tracing. So a
//! run without `--memprofile` executes none of this: every hook sits on the traced
//! allocation and release paths, which only run while tracing.
//!
//! Sizes are `sys.getsizeof` bytes. An object is counted at its size when allocated;
//! a container that grows or shrinks afterwards has the difference counted on the line
//! that made it, when it is freed or at the end of the run (the getsizeof model has no
//! allocator call to see a resize at), so each line's allocated minus freed bytes add
//! up to what is alive at exit.

use super::fxhash::FxHashMap;
use std::rc::Rc;

/// One line of the script.
#[derive(Default, Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineStat {
    /// Bytes allocated while the line ran (its own allocations and those of code
    /// outside the script it called), with later growth of those objects.
    pub alloc: u64,
    /// Bytes freed while the line ran.
    pub freed: u64,
    /// Objects allocated while the line ran.
    pub count: u64,
    /// Highest total of live bytes made by the script's lines seen while the line ran.
    pub peak: u64,
    /// The line ran (it was current at least once).
    pub ran: bool,
}

/// One node of the call tree: a function called from its parent's line.
#[derive(Debug)]
pub struct Node {
    pub parent: u32,
    /// The function's name (qualified) and file.
    pub name: Rc<str>,
    pub file: Rc<str>,
    /// The line of this frame the children were called from (or allocated at).
    pub line: u32,
    /// Bytes and objects allocated while this node was the innermost frame.
    pub bytes: u64,
    pub count: u64,
}

/// The profile of one run.
#[derive(Debug)]
pub struct MemProf {
    /// The script's path, as its code objects spell it.
    pub file: Rc<str>,
    /// Per line of the script (index = line number; 0 is "no line of the script").
    pub lines: Vec<LineStat>,
    /// The function each line ran in.
    pub funcs: Vec<Option<Rc<str>>>,
    /// The current line of the script (0 before its first instruction).
    pub line: u32,
    /// Call-tree nodes; node 0 is the root (no frame).
    pub nodes: Vec<Node>,
    /// (parent, code object address, line) -> node.
    pub node_ids: FxHashMap<(u32, usize, u32), u32>,
    /// The current node.
    pub node: u32,
    /// The last stack seen, one (code address, instruction, line, node, code is the
    /// script's) per frame: the prefix that did not change is not looked up again.
    pub path: Vec<(usize, usize, u32, u32, bool)>,
    /// The line and node each live traced object was allocated at, and its size then
    /// (trace key as in `TraceState::sizes`).
    pub objs: FxHashMap<u32, (u32, u32, usize)>,
    /// Bytes of the live objects made by the script's lines (at their sizes when
    /// made), and the highest value it reached: what the peaks measure, so they do not
    /// depend on what the interpreter made before the first line (such as the
    /// script's path).
    pub live: u64,
    pub peak: u64,
}

impl MemProf {
    pub fn new(file: &str, nlines: usize) -> MemProf {
        MemProf {
            file: Rc::from(file),
            lines: vec![LineStat::default(); nlines + 2],
            funcs: vec![None; nlines + 2],
            line: 0,
            nodes: vec![Node {
                parent: 0,
                name: Rc::from("<root>"),
                file: Rc::from(""),
                line: 0,
                bytes: 0,
                count: 0,
            }],
            node_ids: FxHashMap::default(),
            node: 0,
            path: Vec::new(),
            objs: FxHashMap::default(),
            live: 0,
            peak: 0,
        }
    }

    fn stat(&mut self, line: u32) -> &mut LineStat {
        let i = line as usize;
        if i >= self.lines.len() {
            self.lines.resize(i + 1, LineStat::default());
            self.funcs.resize(i + 1, None);
        }
        &mut self.lines[i]
    }

    /// The VM entered `line` of the script (in function `func`).
    pub fn enter_line(&mut self, line: u32, func: &str) {
        if line != self.line {
            self.line = line;
            let live = self.live;
            let s = self.stat(line);
            s.ran = true;
            s.peak = s.peak.max(live);
            if self.funcs[line as usize].is_none() {
                self.funcs[line as usize] = Some(Rc::from(func));
            }
        }
    }

    /// The child of `parent` for a frame of code `code` (named `name`, in `file`) at `line`.
    pub fn child(
        &mut self,
        parent: u32,
        code: usize,
        line: u32,
        name: &str,
        file: &Rc<str>,
    ) -> u32 {
        if let Some(&id) = self.node_ids.get(&(parent, code, line)) {
            return id;
        }
        let id = self.nodes.len() as u32;
        self.nodes.push(Node {
            parent,
            name: Rc::from(name),
            file: file.clone(),
            line,
            bytes: 0,
            count: 0,
        });
        self.node_ids.insert((parent, code, line), id);
        id
    }

    /// Object `key` of `size` bytes was allocated.
    pub fn on_alloc(&mut self, key: u32, size: usize) {
        let (line, node) = (self.line, self.node);
        if line != 0 {
            self.live += size as u64;
            self.peak = self.peak.max(self.live);
        }
        let live = self.live;
        let s = self.stat(line);
        s.alloc += size as u64;
        s.count += 1;
        s.peak = s.peak.max(live);
        // The call tree counts what the table counts: objects made by a line of the
        // script (not the interpreter's start-up before the first line).
        if line != 0 {
            let n = &mut self.nodes[node as usize];
            n.bytes += size as u64;
            n.count += 1;
        }
        self.objs.insert(key, (line, node, size));
    }

    /// Object `key` is freed at `now` bytes. Only objects made by the script's lines
    /// count as freed (so allocated minus freed is what those lines left alive);
    /// objects from before the first line (the interpreter's start-up) do not.
    pub fn on_free(&mut self, key: u32, now: usize) {
        let Some((line, node, size)) = self.objs.remove(&key) else {
            return;
        };
        self.regrow(line, node, size, now);
        if line != 0 {
            self.live -= size as u64;
            let cur = self.line;
            self.stat(cur).freed += now as u64;
        }
    }

    /// Counts the growth of an object allocated at (`line`, `node`) from `recorded`
    /// to `now` bytes on that line (a shrink as less allocated).
    pub fn regrow(&mut self, line: u32, node: u32, recorded: usize, now: usize) {
        if now == recorded {
            return;
        }
        let s = self.stat(line);
        s.alloc = (s.alloc + now as u64).saturating_sub(recorded as u64);
        if line == 0 {
            return;
        }
        let n = &mut self.nodes[node as usize];
        n.bytes = (n.bytes + now as u64).saturating_sub(recorded as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alloc_free_and_growth_balance() {
        let mut p = MemProf::new("s.py", 3);
        let f = "<module>";
        p.enter_line(1, f);
        p.on_alloc(7, 56);
        p.enter_line(2, f);
        // Grown to 88 bytes, freed on line 2: line 1 allocated 88, line 2 freed 88.
        p.on_free(7, 88);
        assert_eq!(p.lines[1].alloc, 88);
        assert_eq!(p.lines[1].count, 1);
        assert_eq!(p.lines[1].peak, 56);
        assert_eq!(p.lines[2].freed, 88);
        assert_eq!(p.lines[2].peak, 56);
        assert_eq!((p.live, p.peak), (0, 56));
        assert!(p.lines[2].ran && !p.lines[3].ran);
        assert_eq!(p.nodes[0].bytes, 88);
    }
}
