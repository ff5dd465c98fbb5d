//! `match` statements (PEP 634): the case loop and the pattern compiler, after
//! `compiler_match` and `compiler_pattern_*` in CPython 3.11's Python/compile.c, so
//! the order of every observable step (`==` and `is` tests, `len()`, `__match_args__`,
//! attribute reads, `get`, iteration or indexing of sequences) and of name binding is
//! CPython's.
//!
//! The subject of the case being tried is on top of the stack. A pattern consumes it,
//! leaving the values of its captures on the stack *below* whatever it still works on
//! (`stores`, in capture order); only when the whole pattern succeeded are they stored
//! to their names, so a failed case binds nothing. A failing test jumps to a
//! "fail-pop" label that pops exactly what is on the stack at that point (the items
//! still worked on, `on_top`, plus the captures so far) before the next case is tried.

use super::{Compiler, Ctx};
use crate::ast::{Constant, Expr, ExprKind, MatchCase, Pattern, PatternKind, Span, Stmt};
use crate::bytecode::{CmpOp, Const, Op};
use crate::diagnostics::SyntaxError;

/// CPython's `pattern_context`.
struct Pc {
    /// Names captured so far, in the order their values sit on the stack.
    stores: Vec<String>,
    /// Whether an irrefutable pattern (capture, wildcard) may appear here.
    allow_irrefutable: bool,
    /// `fail_pop[n]`: jumps to the label that pops n items and then fails.
    fail_pop: Vec<Vec<usize>>,
    /// Items on top of the subject that the pattern still needs.
    on_top: usize,
}

impl Pc {
    fn new(allow_irrefutable: bool) -> Pc {
        Pc {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// How a fail-pop jump leaves: unconditionally or on a false test.
#[derive(Clone, Copy)]
enum Jump {
    Always,
    IfFalse,
}

fn err(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::syntax(msg, span)
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...` (CPython's `compiler_match_inner`).
    pub(super) fn match_stmt(
        &mut self,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> Result<(), SyntaxError> {
        self.expr(subject)?;
        let mut ends = Vec::new();
        let n = cases.len();
        let has_default = n > 1 && cases[n - 1].pattern.is_wildcard();
        for (i, m) in cases[..n - has_default as usize].iter().enumerate() {
            self.set_line(m.pattern.span);
            // Every case but the last works on a copy of the subject.
            let last = i == n - has_default as usize - 1;
            if !last {
                self.emit(Op::Copy(1));
            }
            let mut pc = Pc::new(m.guard.is_some() || i == n - 1);
            self.pattern(&m.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(&name, Ctx::Store);
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.expr(g)?;
                let j = self.emit(Op::PopJumpIfFalse(0));
                pc.fail_pop[0].push(j);
            }
            if !last {
                self.emit(Op::Pop);
            }
            self.case_body(&m.body)?;
            ends.push(self.emit(Op::Jump(0)));
            // A failed pattern's clean-up belongs to the pattern's line, not the body's.
            self.set_line(m.pattern.span);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let m = &cases[n - 1];
            self.set_line(m.pattern.span);
            if n == 1 {
                self.emit(Op::Pop);
            } else {
                self.emit(Op::Nop);
            }
            if let Some(g) = &m.guard {
                self.expr(g)?;
                ends.push(self.emit(Op::PopJumpIfFalse(0)));
            }
            self.case_body(&m.body)?;
        }
        for j in ends {
            self.patch(j);
        }
        Ok(())
    }

    fn case_body(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        self.body(body)
    }

    // ---- fail-pop labels --------------------------------------------------------

    fn ensure_fail_pop(&mut self, pc: &mut Pc, n: usize) {
        if pc.fail_pop.len() <= n {
            pc.fail_pop.resize_with(n + 1, Vec::new);
        }
    }

    /// Jumps (always or on a false test) to the label that pops everything the
    /// pattern has on the stack now and fails.
    fn jump_to_fail_pop(&mut self, pc: &mut Pc, how: Jump) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let j = match how {
            Jump::Always => self.emit(Op::Jump(0)),
            Jump::IfFalse => self.emit(Op::PopJumpIfFalse(0)),
        };
        pc.fail_pop[pops].push(j);
    }

    /// Emits the chain of fail-pop labels: label n pops one item and falls into
    /// label n-1, down to label 0, where the next case starts.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut Pc) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, jumps) in labels.iter().enumerate().rev() {
            for &j in jumps {
                self.patch(j);
            }
            if n > 0 {
                self.emit(Op::Pop);
            }
        }
    }

    /// Moves the top of the stack `count - 1` places down (CPython's
    /// `pattern_helper_rotate`).
    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Op::Swap(count as u32));
            count -= 1;
        }
    }

    /// Keeps the value on top as the capture `name` (or drops it for `_`).
    fn store_name(&mut self, name: Option<&str>, pc: &mut Pc) -> Result<(), SyntaxError> {
        let span = self.loc_span();
        let Some(n) = name else {
            self.emit(Op::Pop);
            return Ok(());
        };
        if n == "__debug__" {
            return Err(err("cannot assign to __debug__", span));
        }
        if pc.stores.iter().any(|s| s == n) {
            return Err(err(
                format!("multiple assignments to name '{n}' in pattern"),
                span,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.to_string());
        Ok(())
    }

    // ---- patterns -----------------------------------------------------------------

    /// Compiles one pattern. Like CPython 3.11's `compiler_pattern`, it sets the
    /// location to the pattern and leaves it there: what follows a sub-pattern (the
    /// captures' stores, a later error) is attributed to the last pattern compiled.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut Pc) -> Result<(), SyntaxError> {
        self.set_line(p.span);
        match &p.kind {
            PatternKind::MatchValue(v) => self.pattern_value(v, pc),
            PatternKind::MatchSingleton(c) => {
                self.emit_const(match c {
                    Constant::True => Const::Bool(true),
                    Constant::False => Const::Bool(false),
                    _ => Const::None,
                });
                self.emit(Op::CompareOp(CmpOp::Is));
                self.jump_to_fail_pop(pc, Jump::IfFalse);
                Ok(())
            }
            PatternKind::MatchSequence(v) => self.pattern_sequence(p, v, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(p, keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar(name) => self.store_name(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => self.pattern_as(p, pattern, name, pc),
            PatternKind::MatchOr(alts) => self.pattern_or(alts, pc),
        }
    }

    /// The span of the current location (CPython reports these compiler errors
    /// wherever `SET_LOC` last pointed).
    fn loc_span(&self) -> Span {
        let (a, b) = self.cur().loc.span;
        Span::new(a as usize, b as usize)
    }

    /// A pattern nested in a sequence, mapping or class pattern: irrefutable ones are
    /// fine there.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut Pc) -> Result<(), SyntaxError> {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern_value(&mut self, v: &'a Expr, pc: &mut Pc) -> Result<(), SyntaxError> {
        if matches!(v.kind, ExprKind::JoinedStr(_)) {
            return Err(err(
                "patterns may only match literals and attribute lookups",
                v.span,
            ));
        }
        self.expr(v)?;
        self.emit(Op::CompareOp(CmpOp::Eq));
        self.jump_to_fail_pop(pc, Jump::IfFalse);
        Ok(())
    }

    fn pattern_as(
        &mut self,
        p: &'a Pattern,
        inner: &'a Option<Box<Pattern>>,
        name: &Option<String>,
        pc: &mut Pc,
    ) -> Result<(), SyntaxError> {
        let Some(inner) = inner else {
            if !pc.allow_irrefutable {
                let msg = match name {
                    Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(err(msg, p.span));
            }
            return self.store_name(name.as_deref(), pc);
        };
        // A copy to store if the inner pattern matches.
        pc.on_top += 1;
        self.emit(Op::Copy(1));
        self.pattern(inner, pc)?;
        pc.on_top -= 1;
        self.store_name(name.as_deref(), pc)
    }

    fn pattern_sequence(
        &mut self,
        p: &'a Pattern,
        pats: &'a [Pattern],
        pc: &mut Pc,
    ) -> Result<(), SyntaxError> {
        let size = pats.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in pats.iter().enumerate() {
            if let PatternKind::MatchStar(name) = &q.kind {
                if star.is_some() {
                    return Err(err("multiple starred names in sequence pattern", p.span));
                }
                star_wildcard = name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= q.is_wildcard();
        }
        // The subject stays on top for the type and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchSequence);
        self.jump_to_fail_pop(pc, Jump::IfFalse);
        match star {
            None => self.len_check(size, CmpOp::Eq, pc),
            Some(_) if size > 1 => self.len_check(size - 1, CmpOp::GtE, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Op::Pop);
        } else if star_wildcard {
            self.sequence_subscr(pats, star.unwrap_or(usize::MAX), pc)?;
        } else {
            self.sequence_unpack(pats, star, pc)?;
        }
        Ok(())
    }

    /// `len(subject) <op> n`, failing otherwise.
    fn len_check(&mut self, n: usize, op: CmpOp, pc: &mut Pc) {
        self.emit(Op::GetLen);
        self.emit_const(Const::Int(n as i64));
        self.emit(Op::CompareOp(op));
        self.jump_to_fail_pop(pc, Jump::IfFalse);
    }

    /// Unpacks the subject (iterating it) and matches each item.
    fn sequence_unpack(
        &mut self,
        pats: &'a [Pattern],
        star: Option<usize>,
        pc: &mut Pc,
    ) -> Result<(), SyntaxError> {
        let size = pats.len();
        match star {
            None => self.emit(Op::UnpackSequence(size as u32)),
            Some(s) => {
                let after = size - s - 1;
                self.emit(Op::UnpackEx((s | (after << 16)) as u32))
            }
        };
        pc.on_top += size;
        for q in pats {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    /// With a `*_` star: reads only the items a sub-pattern needs, by index
    /// (non-negative: `len(subject) - k` after the star).
    fn sequence_subscr(
        &mut self,
        pats: &'a [Pattern],
        star: usize,
        pc: &mut Pc,
    ) -> Result<(), SyntaxError> {
        pc.on_top += 1;
        let size = pats.len();
        for (i, q) in pats.iter().enumerate() {
            if q.is_wildcard() || i == star {
                continue;
            }
            self.emit(Op::Copy(1));
            if i < star {
                self.emit_const(Const::Int(i as i64));
            } else {
                self.emit(Op::GetLen);
                self.emit_const(Const::Int((size - i) as i64));
                self.emit(Op::BinaryOp(crate::bytecode::BinOp::Sub));
            }
            self.emit(Op::BinarySubscr);
            self.subpattern(q, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Op::Pop);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        pats: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut Pc,
    ) -> Result<(), SyntaxError> {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Op::MatchMapping);
        self.jump_to_fail_pop(pc, Jump::IfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Op::Pop);
            return Ok(());
        }
        if size > 0 {
            self.len_check(size, CmpOp::GtE, pc);
        }
        let mut seen: Vec<&Constant> = Vec::new();
        for k in keys {
            match &k.kind {
                ExprKind::Constant(c) => {
                    if seen.iter().any(|s| same_key(s, c)) {
                        let r = constant_repr(c);
                        return Err(err(
                            format!("mapping pattern checks duplicate key ({r})"),
                            p.span,
                        ));
                    }
                    seen.push(c);
                }
                ExprKind::Attribute { .. } => {}
                // `-1` and `1+2j` keys are folded to constants by CPython's AST
                // optimizer before this check; they count as literals here.
                ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } => {}
                _ => {
                    return Err(err(
                        "mapping pattern keys may only match literals and attribute lookups",
                        p.span,
                    ))
                }
            }
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple(size as u32));
        self.emit(Op::MatchKeys);
        // The tuple of keys and the values (or None) are now on top of the subject.
        pc.on_top += 2;
        self.emit(Op::Copy(1));
        self.emit_const(Const::None);
        self.emit(Op::CompareOp(CmpOp::IsNot));
        self.jump_to_fail_pop(pc, Jump::IfFalse);
        self.emit(Op::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for q in pats {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        // Whatever comes next consumes the keys and the subject.
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject); del rest[key] for each key
                self.emit(Op::BuildMap(0));
                self.emit(Op::Swap(3));
                self.emit(Op::DictUpdate(2));
                self.emit(Op::UnpackSequence(size as u32));
                let mut n = size;
                while n > 0 {
                    self.emit(Op::Copy(1 + n as u32));
                    n -= 1;
                    self.emit(Op::Swap(2));
                    self.emit(Op::DeleteSubscr);
                }
                self.store_name(Some(name), pc)?;
            }
            None => {
                self.emit(Op::Pop);
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        cls: &'a Expr,
        pats: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_pats: &'a [Pattern],
        pc: &mut Pc,
    ) -> Result<(), SyntaxError> {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if a == "__debug__" {
                return Err(err("cannot assign to __debug__", kwd_pats[i].span));
            }
            if kwd_attrs[i + 1..].contains(a) {
                let j = i + 1 + kwd_attrs[i + 1..].iter().position(|x| x == a).unwrap_or(0);
                return Err(err(
                    format!("attribute name repeated in class pattern: {a}"),
                    kwd_pats[j].span,
                ));
            }
        }
        self.expr(cls)?;
        let names: Vec<Const> = kwd_attrs
            .iter()
            .map(|a| Const::Str(a.as_str().into()))
            .collect();
        let i = self.add_compiler_const(Const::Tuple(names.into()));
        self.emit(Op::LoadConst(i));
        let nargs = pats.len();
        self.emit(Op::MatchClass(nargs as u32));
        self.emit(Op::Copy(1));
        self.emit_const(Const::None);
        self.emit(Op::CompareOp(CmpOp::IsNot));
        // The tuple of attributes (or None) is on top.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Jump::IfFalse);
        let total = nargs + kwd_pats.len();
        self.emit(Op::UnpackSequence(total as u32));
        pc.on_top += total;
        pc.on_top -= 1;
        for q in pats.iter().chain(kwd_pats) {
            pc.on_top -= 1;
            if q.is_wildcard() {
                self.emit(Op::Pop);
                continue;
            }
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut Pc) -> Result<(), SyntaxError> {
        let mut end = Vec::new();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        // The names bound by the first alternative: the others must bind the same set,
        // and their values are reordered on the stack to this order.
        let mut control: Option<Vec<String>> = None;
        let size = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.set_line(alt.span);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::Copy(1));
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    let span = self.loc_span();
                    return Err(err("alternative patterns bind different names", span));
                }
                Some(ctl) => {
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            let span = self.loc_span();
                            return Err(err("alternative patterns bind different names", span));
                        };
                        if icontrol != istores {
                            // Move the first istores+1 captures up behind the others,
                            // on the list and on the stack.
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            end.push(self.emit(Op::Jump(0)));
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        // No alternative matched: drop the subject copy and fail.
        self.emit(Op::Pop);
        self.jump_to_fail_pop(pc, Jump::Always);
        for j in end {
            self.patch(j);
        }
        let control = control.unwrap_or_default();
        // Between the new captures and their place: the other new captures, the
        // subject copy, what the enclosing pattern works on, the earlier captures.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                let span = self.loc_span();
                return Err(err(
                    format!("multiple assignments to name '{name}' in pattern"),
                    span,
                ));
            }
            pc.stores.push(name);
        }
        // Drop the subject copy.
        self.emit(Op::Pop);
        Ok(())
    }
}

/// Whether two literal keys of a mapping pattern are the same key (as a set of
/// constants would see it: `1`, `1.0` and `True` are one key).
fn same_key(a: &Constant, b: &Constant) -> bool {
    fn num(c: &Constant) -> Option<f64> {
        match c {
            Constant::Int(i) => Some(*i as f64),
            Constant::Float(f) => Some(*f),
            Constant::True => Some(1.0),
            Constant::False => Some(0.0),
            _ => None,
        }
    }
    match (num(a), num(b)) {
        (Some(x), Some(y)) => x == y,
        (None, None) => a == b,
        _ => false,
    }
}

/// `repr` of a literal key, for the duplicate-key message.
fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => crate::text::float_repr::float_repr(*f),
        Constant::Complex(f) => format!("{}j", crate::text::float_repr::float_repr(*f)),
        Constant::Str(s) => crate::text::str_methods::str_repr(s),
        Constant::SurrStr(s) => crate::text::str_methods::str_repr_flagged(s, true),
        Constant::Bytes(b) => crate::text::bytes_repr(b),
    }
}
