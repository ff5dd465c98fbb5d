//! The regular-expression matcher (CPython's Modules/_sre/sre_lib.h, written anew): the
//! syntax tree compiled to a small instruction list, run by a backtracking machine with
//! an explicit stack, so that a long subject never deepens the Rust stack.
//!
//! Semantics follow sre's: leftmost alternative first, greedy/lazy/possessive repeats,
//! an iteration of a repeat that matches empty ends the repeat, captures keep the value
//! of the last iteration that set them, lookbehind runs its fixed-width pattern at
//! `pos - width`, atomic groups and lookarounds are not backtracked into.
//!
//! Undo entries on the stack restore capture slots, registers (repeat counters and
//! marks) and `lastindex` when the machine backtracks past the point that changed them.

use super::parse::{
    At, Category, Node, RepeatKind, SetItem, FLAG_ASCII, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE,
    FLAG_MULTILINE, MAXREPEAT,
};

/// The text being matched: code points of a str, or bytes.
pub trait Text {
    fn at(&self, i: usize) -> u32;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Text for [u8] {
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
}

impl Text for [u32] {
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
}

#[derive(Clone, Debug)]
pub struct CharSet {
    negate: bool,
    items: Vec<SetItem>,
    icase: bool,
    ascii: bool,
}

#[derive(Clone, Debug)]
enum Inst {
    Char(u32),
    CharI(u32, bool),
    Any,
    AnyAll,
    Set(usize),
    At(At, bool, bool),
    Save(usize),
    Split(usize, usize),
    Jmp(usize),
    RepInit(usize),
    RepLoop {
        reg: usize,
        min: u64,
        max: u64,
        greedy: bool,
        exit: usize,
    },
    RepEnd {
        reg: usize,
        min: u64,
        head: usize,
        exit: usize,
    },
    /// A repeat of one single-character instruction (at `item`), then `next`.
    RepChar {
        item: usize,
        min: u64,
        max: u64,
        kind: RepeatKind,
        next: usize,
    },
    Backref(usize, bool, bool),
    Look {
        behind: bool,
        neg: bool,
        width: usize,
        next: usize,
    },
    Atomic {
        next: usize,
    },
    CondGroup(usize, usize),
    SubEnd,
    Match,
}

pub struct Program {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    nregs: usize,
    pub groups: usize,
    /// A literal every match starts with (for skipping ahead in a search).
    prefix: Option<u32>,
    /// Whether a match can only start at the beginning of the text.
    anchored: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    nregs: usize,
    widths: Vec<(u64, u64)>,
}

fn is_single(n: &Node) -> bool {
    matches!(n, Node::Lit(..) | Node::Any(_) | Node::Set(..))
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn single(&mut self, n: &Node) {
        match n {
            Node::Lit(c, f) => {
                let i = if f & FLAG_IGNORECASE != 0 {
                    let ascii = f & (FLAG_ASCII | FLAG_LOCALE) != 0;
                    Inst::CharI(*c, ascii)
                } else {
                    Inst::Char(*c)
                };
                self.emit(i);
            }
            Node::Any(f) => {
                self.emit(if f & FLAG_DOTALL != 0 {
                    Inst::AnyAll
                } else {
                    Inst::Any
                });
            }
            Node::Set(neg, items, f) => {
                self.sets.push(CharSet {
                    negate: *neg,
                    items: items.clone(),
                    icase: f & FLAG_IGNORECASE != 0,
                    ascii: f & (FLAG_ASCII | FLAG_LOCALE) != 0,
                });
                let k = self.sets.len() - 1;
                self.emit(Inst::Set(k));
            }
            _ => {}
        }
    }

    fn node(&mut self, n: &Node) {
        match n {
            Node::Lit(..) | Node::Any(_) | Node::Set(..) => self.single(n),
            Node::Cat(v) => v.iter().for_each(|x| self.node(x)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, x) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.node(x);
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.insts.len();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.node(x);
                    }
                }
                let end = self.insts.len();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group(g, x) => {
                self.emit(Inst::Save(2 * g));
                self.node(x);
                self.emit(Inst::Save(2 * g + 1));
            }
            Node::Repeat(min, max, kind, x) => self.repeat(*min, *max, *kind, x),
            Node::At(a, f) => {
                self.emit(Inst::At(
                    *a,
                    f & FLAG_MULTILINE != 0,
                    f & (FLAG_ASCII | FLAG_LOCALE) != 0,
                ));
            }
            Node::Look(behind, neg, x) => {
                let width = if *behind {
                    x.width(&self.widths).0 as usize
                } else {
                    0
                };
                let at = self.emit(Inst::Look {
                    behind: *behind,
                    neg: *neg,
                    width,
                    next: 0,
                });
                self.node(x);
                self.emit(Inst::SubEnd);
                let next = self.insts.len();
                self.insts[at] = Inst::Look {
                    behind: *behind,
                    neg: *neg,
                    width,
                    next,
                };
            }
            Node::Atomic(x) => self.atomic(x),
            Node::Backref(g, f) => {
                self.emit(Inst::Backref(
                    *g,
                    f & FLAG_IGNORECASE != 0,
                    f & (FLAG_ASCII | FLAG_LOCALE) != 0,
                ));
            }
            Node::Cond(g, yes, no) => {
                let at = self.emit(Inst::CondGroup(*g, 0));
                self.node(yes);
                let j = self.emit(Inst::Jmp(0));
                let no_pc = self.insts.len();
                self.node(no);
                let end = self.insts.len();
                self.insts[at] = Inst::CondGroup(*g, no_pc);
                self.insts[j] = Inst::Jmp(end);
            }
        }
    }

    fn atomic(&mut self, x: &Node) {
        let at = self.emit(Inst::Atomic { next: 0 });
        self.node(x);
        self.emit(Inst::SubEnd);
        let next = self.insts.len();
        self.insts[at] = Inst::Atomic { next };
    }

    fn repeat(&mut self, min: u64, max: u64, kind: RepeatKind, x: &Node) {
        if is_single(x) {
            let at = self.emit(Inst::Jmp(0));
            self.single(x);
            let next = self.insts.len();
            self.insts[at] = Inst::RepChar {
                item: at + 1,
                min,
                max,
                kind,
                next,
            };
            return;
        }
        if kind == RepeatKind::Possessive {
            let inner = Node::Repeat(min, max, RepeatKind::Greedy, Box::new(x.clone()));
            self.atomic(&inner);
            return;
        }
        if min == 1 && max == 1 {
            self.node(x);
            return;
        }
        let reg = self.nregs;
        self.nregs += 2;
        self.emit(Inst::RepInit(reg));
        let head = self.emit(Inst::Jmp(0));
        self.node(x);
        let end = self.emit(Inst::Jmp(0));
        let exit = self.insts.len();
        self.insts[head] = Inst::RepLoop {
            reg,
            min,
            max,
            greedy: kind == RepeatKind::Greedy,
            exit,
        };
        self.insts[end] = Inst::RepEnd {
            reg,
            min,
            head,
            exit,
        };
    }
}

fn first_literal(n: &Node) -> Option<u32> {
    match n {
        Node::Lit(c, f) if f & FLAG_IGNORECASE == 0 => Some(*c),
        Node::Cat(v) => v.first().and_then(first_literal),
        Node::Group(_, x) => first_literal(x),
        Node::Repeat(min, _, _, x) if *min > 0 => first_literal(x),
        _ => None,
    }
}

fn anchored(n: &Node) -> bool {
    match n {
        Node::At(At::BeginningString, _) => true,
        Node::At(At::Beginning, f) => f & FLAG_MULTILINE == 0,
        Node::Cat(v) => v.first().is_some_and(anchored),
        Node::Group(_, x) => anchored(x),
        _ => false,
    }
}

pub fn compile(node: &Node, groups: usize, widths: Vec<(u64, u64)>) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        nregs: 0,
        widths,
    };
    c.node(node);
    c.emit(Inst::Match);
    Program {
        insts: c.insts,
        sets: c.sets,
        nregs: c.nregs,
        groups,
        prefix: first_literal(node),
        anchored: anchored(node),
    }
}

// ----- character tests ---------------------------------------------------------------

fn lower(c: u32, ascii: bool) -> u32 {
    if ascii || c < 128 {
        return if (b'A' as u32..=b'Z' as u32).contains(&c) {
            c + 32
        } else {
            c
        };
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut l = ch.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) => x as u32,
                _ => c,
            }
        }
        None => c,
    }
}

fn upper(c: u32, ascii: bool) -> u32 {
    if ascii || c < 128 {
        return if (b'a' as u32..=b'z' as u32).contains(&c) {
            c - 32
        } else {
            c
        };
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut u = ch.to_uppercase();
            match (u.next(), u.next()) {
                (Some(x), None) => x as u32,
                _ => c,
            }
        }
        None => c,
    }
}

fn same_icase(a: u32, b: u32, ascii: bool) -> bool {
    a == b || lower(a, ascii) == lower(b, ascii) || upper(a, ascii) == upper(b, ascii)
}

fn is_digit(c: u32, ascii: bool) -> bool {
    if ascii || c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    char::from_u32(c)
        .is_some_and(|ch| crate::text::str_methods::isdecimal(ch.encode_utf8(&mut [0u8; 4])))
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if ascii || c < 128 {
        return c == '_' as u32 || char::from_u32(c).is_some_and(|ch| ch.is_ascii_alphanumeric());
    }
    char::from_u32(c)
        .is_some_and(|ch| crate::text::str_methods::isalnum(ch.encode_utf8(&mut [0u8; 4])))
}

fn is_space(c: u32, ascii: bool) -> bool {
    if ascii || c < 128 {
        return matches!(c, 0x20 | 0x09..=0x0d);
    }
    char::from_u32(c).is_some_and(crate::text::str_methods::py_isspace)
}

fn in_category(cat: Category, c: u32, ascii: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, ascii),
        Category::NotDigit => !is_digit(c, ascii),
        Category::Word => is_word(c, ascii),
        Category::NotWord => !is_word(c, ascii),
        Category::Space => is_space(c, ascii),
        Category::NotSpace => !is_space(c, ascii),
    }
}

impl CharSet {
    fn has(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Lit(x) => x == c,
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Cat(cat) => in_category(cat, c, self.ascii),
        })
    }

    fn matches(&self, c: u32) -> bool {
        let mut m = self.has(c);
        if !m && self.icase {
            let (l, u) = (lower(c, self.ascii), upper(c, self.ascii));
            m = (l != c && self.has(l)) || (u != c && self.has(u));
        }
        m != self.negate
    }
}

// ----- the machine -------------------------------------------------------------------

const UNSET: usize = usize::MAX;

enum Bt {
    Choice(usize, usize),
    Cap(usize, usize),
    Reg(usize, usize),
    Last(usize),
    Caps(Box<(Vec<usize>, usize)>),
    /// Greedy single-character repeat: try `pc` at positions `cur`, `cur-1`.. `lo`.
    Back {
        pc: usize,
        lo: usize,
        cur: usize,
    },
    /// Lazy single-character repeat: extend by one `item` from `cur` up to `hi`.
    Fwd {
        pc: usize,
        item: usize,
        cur: usize,
        hi: usize,
    },
}

/// What a top-level match must satisfy at its end.
#[derive(Clone, Copy)]
pub struct Goal {
    pub full: bool,
    pub must_advance: bool,
    pub start: usize,
}

pub struct Matcher<'a, T: Text + ?Sized> {
    prog: &'a Program,
    text: &'a T,
    end: usize,
    pub caps: Vec<usize>,
    regs: Vec<usize>,
    pub lastindex: usize,
    stack: Vec<Bt>,
    steps: u64,
    interrupt: &'a dyn Fn() -> bool,
    pub interrupted: bool,
}

impl<'a, T: Text + ?Sized> Matcher<'a, T> {
    pub fn new(
        prog: &'a Program,
        text: &'a T,
        end: usize,
        interrupt: &'a dyn Fn() -> bool,
    ) -> Self {
        Matcher {
            prog,
            text,
            end,
            caps: vec![UNSET; prog.groups * 2],
            regs: vec![0; prog.nregs],
            lastindex: 0,
            stack: Vec::new(),
            steps: 0,
            interrupt,
            interrupted: false,
        }
    }

    fn one(&self, pc: usize, pos: usize) -> bool {
        if pos >= self.end {
            return false;
        }
        let c = self.text.at(pos);
        match self.prog.insts[pc] {
            Inst::Char(x) => c == x,
            Inst::CharI(x, ascii) => same_icase(c, x, ascii),
            Inst::Any => c != 10,
            Inst::AnyAll => true,
            Inst::Set(k) => self.prog.sets[k].matches(c),
            _ => false,
        }
    }

    fn at(&self, a: At, multi: bool, ascii: bool, pos: usize) -> bool {
        let end = self.end;
        match a {
            At::Beginning => pos == 0 || (multi && self.text.at(pos - 1) == 10),
            At::BeginningString => pos == 0,
            At::End => {
                pos == end
                    || (pos + 1 == end && self.text.at(pos) == 10)
                    || (multi && pos < end && self.text.at(pos) == 10)
            }
            At::EndString => pos == end,
            At::Boundary | At::NonBoundary => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(self.text.at(pos - 1), ascii);
                let after = pos < end && is_word(self.text.at(pos), ascii);
                (before != after) == (a == At::Boundary)
            }
        }
    }

    fn set_cap(&mut self, slot: usize, v: usize) {
        self.stack.push(Bt::Cap(slot, self.caps[slot]));
        self.caps[slot] = v;
    }

    fn set_reg(&mut self, r: usize, v: usize) {
        self.stack.push(Bt::Reg(r, self.regs[r]));
        self.regs[r] = v;
    }

    /// Backtracks to the newest choice above `base`: its (pc, pos), or None.
    fn fail(&mut self, base: usize) -> Option<(usize, usize)> {
        while self.stack.len() > base {
            match self.stack.pop()? {
                Bt::Choice(pc, pos) => return Some((pc, pos)),
                Bt::Cap(s, v) => self.caps[s] = v,
                Bt::Reg(r, v) => self.regs[r] = v,
                Bt::Last(v) => self.lastindex = v,
                Bt::Caps(b) => {
                    let (c, l) = *b;
                    self.caps = c;
                    self.lastindex = l;
                }
                Bt::Back { pc, lo, cur } => {
                    if cur > lo {
                        self.stack.push(Bt::Back {
                            pc,
                            lo,
                            cur: cur - 1,
                        });
                    }
                    return Some((pc, cur));
                }
                Bt::Fwd { pc, item, cur, hi } => {
                    if cur < hi && self.one(item, cur) {
                        self.stack.push(Bt::Fwd {
                            pc,
                            item,
                            cur: cur + 1,
                            hi,
                        });
                        return Some((pc, cur + 1));
                    }
                }
            }
        }
        None
    }

    /// Runs from `pc` at `pos` until `Match` (top level, checked against `goal`) or
    /// `SubEnd` (a lookaround or atomic body); the end position, or None.
    fn run(&mut self, mut pc: usize, mut pos: usize, goal: Option<Goal>) -> Option<usize> {
        let base = self.stack.len();
        loop {
            self.steps += 1;
            if self.steps & 0xfffff == 0 && (self.interrupt)() {
                self.interrupted = true;
                self.stack.truncate(base);
                return None;
            }
            if self.interrupted {
                return None;
            }
            let ok = match self.prog.insts[pc] {
                Inst::Char(_) | Inst::CharI(..) | Inst::Any | Inst::AnyAll | Inst::Set(_) => {
                    if self.one(pc, pos) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(a, m, ascii) => {
                    pc += 1;
                    self.at(a, m, ascii, pos)
                }
                Inst::Save(slot) => {
                    self.set_cap(slot, pos);
                    if slot % 2 == 1 {
                        self.stack.push(Bt::Last(self.lastindex));
                        self.lastindex = slot / 2;
                    }
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Choice(b, pos));
                    pc = a;
                    true
                }
                Inst::Jmp(a) => {
                    pc = a;
                    true
                }
                Inst::RepInit(r) => {
                    self.set_reg(r, 0);
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    reg,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let n = self.regs[reg] as u64;
                    let body = pc + 1;
                    if n < min {
                        self.set_reg(reg + 1, pos);
                        pc = body;
                    } else if n >= max && max != MAXREPEAT {
                        pc = exit;
                    } else if greedy {
                        self.stack.push(Bt::Choice(exit, pos));
                        self.set_reg(reg + 1, pos);
                        pc = body;
                    } else {
                        // Lazy: the exit first; the body when backtracked into, with
                        // the mark set on the way (a Choice to a RepMark-like path).
                        self.stack.push(Bt::Choice(pc | LAZY_BODY, pos));
                        pc = exit;
                    }
                    true
                }
                Inst::RepEnd {
                    reg,
                    min,
                    head,
                    exit,
                } => {
                    let n = self.regs[reg] + 1;
                    let mark = self.regs[reg + 1];
                    self.set_reg(reg, n);
                    pc = if pos == mark && n as u64 >= min {
                        exit
                    } else {
                        head
                    };
                    true
                }
                Inst::RepChar {
                    item,
                    min,
                    max,
                    kind,
                    next,
                } => {
                    let start = pos;
                    let limit = if max == MAXREPEAT {
                        self.end
                    } else {
                        self.end.min(start.saturating_add(max as usize))
                    };
                    match kind {
                        RepeatKind::Greedy | RepeatKind::Possessive => {
                            let mut p = start;
                            while p < limit && self.one(item, p) {
                                p += 1;
                            }
                            if ((p - start) as u64) < min {
                                false
                            } else {
                                let lo = start + min as usize;
                                if kind == RepeatKind::Greedy && p > lo {
                                    self.stack.push(Bt::Back {
                                        pc: next,
                                        lo,
                                        cur: p - 1,
                                    });
                                }
                                pos = p;
                                pc = next;
                                true
                            }
                        }
                        RepeatKind::Lazy => {
                            let mut p = start;
                            let mut ok = true;
                            while ((p - start) as u64) < min {
                                if p < limit && self.one(item, p) {
                                    p += 1;
                                } else {
                                    ok = false;
                                    break;
                                }
                            }
                            if ok {
                                self.stack.push(Bt::Fwd {
                                    pc: next,
                                    item,
                                    cur: p,
                                    hi: limit,
                                });
                                pos = p;
                                pc = next;
                            }
                            ok
                        }
                    }
                }
                Inst::Backref(g, icase, ascii) => {
                    let (s, e) = (self.caps[2 * g], self.caps[2 * g + 1]);
                    if s == UNSET || e == UNSET {
                        false
                    } else {
                        let n = e - s;
                        if pos + n > self.end {
                            false
                        } else {
                            let mut ok = true;
                            for i in 0..n {
                                let (a, b) = (self.text.at(s + i), self.text.at(pos + i));
                                if !(a == b || icase && same_icase(a, b, ascii)) {
                                    ok = false;
                                    break;
                                }
                            }
                            if ok {
                                pos += n;
                                pc += 1;
                            }
                            ok
                        }
                    }
                }
                Inst::Look {
                    behind,
                    neg,
                    width,
                    next,
                } => {
                    let snapshot = (self.caps.clone(), self.lastindex);
                    let found = if behind {
                        if pos < width {
                            None
                        } else {
                            self.run(pc + 1, pos - width, None)
                        }
                    } else {
                        self.run(pc + 1, pos, None)
                    };
                    if self.interrupted {
                        return None;
                    }
                    pc = next;
                    if neg {
                        self.caps = snapshot.0;
                        self.lastindex = snapshot.1;
                        found.is_none()
                    } else if found.is_some() {
                        self.stack.push(Bt::Caps(Box::new(snapshot)));
                        true
                    } else {
                        false
                    }
                }
                Inst::Atomic { next } => {
                    let snapshot = (self.caps.clone(), self.lastindex);
                    match self.run(pc + 1, pos, None) {
                        Some(p) => {
                            self.stack.push(Bt::Caps(Box::new(snapshot)));
                            pos = p;
                            pc = next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::CondGroup(g, no) => {
                    pc = if self.caps[2 * g + 1] != UNSET {
                        pc + 1
                    } else {
                        no
                    };
                    true
                }
                Inst::SubEnd => {
                    self.stack.truncate(base);
                    return Some(pos);
                }
                Inst::Match => {
                    let g = goal.unwrap_or(Goal {
                        full: false,
                        must_advance: false,
                        start: 0,
                    });
                    if (g.full && pos != self.end) || (g.must_advance && pos == g.start) {
                        false
                    } else {
                        self.stack.truncate(base);
                        return Some(pos);
                    }
                }
            };
            if !ok {
                match self.fail(base) {
                    Some((p, q)) => {
                        if p & LAZY_BODY != 0 {
                            // Entering a lazy repeat's body after its exit failed.
                            let head = p & !LAZY_BODY;
                            if let Inst::RepLoop { reg, .. } = self.prog.insts[head] {
                                self.set_reg(reg + 1, q);
                            }
                            pc = head + 1;
                        } else {
                            pc = p;
                        }
                        pos = q;
                    }
                    None => return None,
                }
            }
        }
    }

    /// Tries a match starting exactly at `pos`.
    pub fn match_at(&mut self, pos: usize, goal: Goal) -> Option<usize> {
        self.caps.iter_mut().for_each(|c| *c = UNSET);
        self.lastindex = 0;
        self.stack.clear();
        self.run(0, pos, Some(goal))
    }

    /// Searches from `pos` for the leftmost match: (start, end).
    pub fn search(&mut self, pos: usize, goal: Goal) -> Option<(usize, usize)> {
        let mut p = pos;
        while p <= self.end {
            if self.prog.anchored && p > 0 {
                return None;
            }
            if let Some(c) = self.prog.prefix {
                while p < self.end && self.text.at(p) != c {
                    p += 1;
                }
                if p >= self.end {
                    return None;
                }
            }
            if let Some(e) = self.match_at(p, goal) {
                return Some((p, e));
            }
            if self.interrupted {
                return None;
            }
            p += 1;
        }
        None
    }
}

/// Marks a backtrack target as "the body of the lazy repeat whose head is this pc".
const LAZY_BODY: usize = 1 << (usize::BITS - 1);
