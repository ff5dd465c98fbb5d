//! The str arms of the number and sequence protocols: concatenation, repetition and
//! `in` (CPython's `PyUnicode_Concat`, `unicode_repeat`, `PyUnicode_Contains`), and the
//! BUILD_STRING instruction of f-strings (`_PyUnicode_JoinArray`). `%` is in
//! `percent.rs`.

use super::{StrFacts, StrObj};
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `a + b` when both are str (None otherwise). The operands' cached facts give the
    /// result's, so its text is not rescanned.
    pub fn str_concat(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        let (Some((x, fx)), Some((y, fy))) = (self.str_and_facts(a), self.str_and_facts(b)) else {
            return Ok(None);
        };
        // `unicode_concat`: with an empty side, the other operand itself when it is
        // an exact str (`s + '' is s`).
        let exact =
            |v: Value| matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_)));
        if y.is_empty() && exact(a) {
            self.incref(a);
            return Ok(Some(a));
        }
        if x.is_empty() && exact(b) {
            self.incref(b);
            return Ok(Some(b));
        }
        let facts = fx.concat(fy);
        if facts.is_flagged() && Vm::str_pieces_clash([(x, fx), (y, fy)].into_iter()) {
            return Err(self.surrogates_mixed());
        }
        let s = StrObj::concat(x, y, facts);
        Ok(Some(Value::Obj(self.heap.alloc(Obj::Str(s)))))
    }

    /// `a + b` for the dispatch loop's hot block: two exact strs without surrogate
    /// stand-ins (so the concatenation cannot raise) give the new string (owned; the
    /// operands' references are the caller's); anything else None.
    #[inline(never)]
    pub(crate) fn str_concat_plain(&mut self, a: Value, b: Value) -> Option<Value> {
        let plain = |v: Value| match v {
            Value::Obj(r) => matches!(self.heap.get(r), Obj::Str(s) if !s.is_flagged()),
            _ => false,
        };
        // Under tracemalloc the general path records the allocation's site.
        if self.heap.trace.is_some() || !plain(a) || !plain(b) {
            return None;
        }
        self.str_concat(a, b).ok().flatten()
    }

    /// `s += t` where `s` (slot `ra`) is a local about to be rebound to the result
    /// (the next instruction is its STORE_FAST) and nothing else can see it: its
    /// only references are the local's and the operand's (count 2), it is not
    /// immortal (interned, a cached one-character string) and not traced by
    /// tracemalloc. Then `t`'s text is appended to `s` itself, in amortised time, as
    /// CPython 3.11's `BINARY_OP_INPLACE_ADD_UNICODE` resizes the string in place;
    /// no one can tell the difference but the speed (a loop building a string
    /// stays linear). False (nothing done) otherwise.
    pub(crate) fn str_append_in_place(&mut self, ra: ObjRef, b: Value) -> bool {
        let Value::Obj(rb) = b else { return false };
        if self.heap.rc(ra) != 2
            || ra == rb
            || self.heap.trace.is_some()
            || self.heap.is_immortal(ra)
            || self.heap.is_traced(ra)
            || !matches!(self.heap.get(ra), Obj::Str(_))
            || !matches!(self.heap.get(rb), Obj::Str(_))
        {
            return false;
        }
        let Obj::Str(sa) = self.heap.get_mut(ra) else {
            return false;
        };
        let fa = sa.facts();
        let mut text = sa.take_text();
        let Obj::Str(sb) = self.heap.get(rb) else {
            unreachable!("checked above")
        };
        let facts = fa.concat(sb.facts());
        if facts.is_flagged() && (fa.may_hold_stand_ins() || sb.facts().may_hold_stand_ins()) {
            // A possible clash of stand-ins: put the text back and let the general
            // path (`str_concat`) decide.
            if let Obj::Str(sa) = self.heap.get_mut(ra) {
                sa.set_text(text, fa);
            }
            return false;
        }
        text.push_str(sb.as_str());
        if let Obj::Str(sa) = self.heap.get_mut(ra) {
            sa.set_text(text, facts);
        }
        true
    }

    /// `s * n` (or `n * s`) when `seq` is a str (None otherwise); `n` is already
    /// clamped at 0.
    pub fn str_repeat(&mut self, seq: Value, n: usize) -> PyResult<Option<Value>> {
        let Some((s, facts)) = self.str_and_facts(seq) else {
            return Ok(None);
        };
        // `unicode_repeat`: an exact str repeated once is itself.
        if n == 1 && matches!(seq, Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_))) {
            self.incref(seq);
            return Ok(Some(seq));
        }
        if s.len().saturating_mul(n) > isize::MAX as usize / 2 {
            return Err(self.err_noargs("MemoryError"));
        }
        // A short result (`' ' * indent`) is written straight into the new object,
        // with the facts of its copies (no rescan). Two bytes or fewer may be a
        // singleton: the general path below looks.
        let total = s.len() * n;
        if (3..=super::INLINE_MAX).contains(&total) && !facts.is_flagged() {
            let pieces = std::iter::repeat_n(s, n);
            let obj = StrObj::join_short("", pieces, total, facts.repeat(n));
            return Ok(Some(Value::Obj(self.heap.alloc(Obj::Str(obj)))));
        }
        let mut out = String::new();
        if !crate::runtime::limits::try_reserve_str(&mut out, total) {
            return Err(self.err_noargs("MemoryError"));
        }
        for _ in 0..n {
            out.push_str(s);
        }
        let flagged = self.str_is_flagged(seq);
        Ok(Some(self.new_str_derived(out, flagged)))
    }

    /// `x in s` for the str `s` in slot `r`: a substring test; `x` must be a str.
    pub fn str_contains(&mut self, r: ObjRef, x: Value) -> PyResult<bool> {
        let Some((needle, nf)) = self.str_and_facts(x) else {
            let tn = self.type_name(x);
            return Err(self.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                tn
            )));
        };
        match self.heap.get(r) {
            crate::runtime::object::Obj::Str(s) => {
                // Stand-ins mean surrogates on one side and themselves on the other:
                // a needle holding one cannot match.
                if s.is_flagged() != nf.is_flagged()
                    && crate::text::surrogates::has_stand_in(needle)
                {
                    return Ok(false);
                }
                Ok(s.as_str().contains(needle))
            }
            _ => unreachable!(),
        }
    }

    /// BuildString: pops `n` str values and pushes nothing; returns their
    /// concatenation. The pieces' cached facts give the result's, so its text is
    /// not rescanned, and it is allocated once at its exact length.
    /// `hot` (the dispatch loop's fast path, which cannot raise): None, nothing
    /// done, when a piece holds surrogates, so the general path runs it.
    pub fn build_string(&mut self, n: usize, hot: bool) -> Option<PyResult<Value>> {
        let start = self.sp - n;
        let mut len = 0;
        let mut facts = StrFacts::EMPTY;
        for &it in &self.stack[start..self.sp] {
            if let Some((t, f)) = self.str_and_facts(it) {
                len += t.len();
                facts = facts.concat(f);
            }
        }
        if hot && facts.is_flagged() {
            return None;
        }
        let clash = facts.is_flagged() && {
            let pieces = self.stack[start..self.sp]
                .iter()
                .filter_map(|&it| self.str_and_facts(it));
            Vm::str_pieces_clash(pieces)
        };
        let mut s = String::with_capacity(len);
        for &it in &self.stack[start..self.sp] {
            s.push_str(self.as_str(it).unwrap_or(""));
        }
        let end = self.sp;
        self.sp = start;
        // The pieces are strs, whose release runs no Python code that could reuse
        // the popped stack slots.
        for i in start..end {
            let it = self.stack[i];
            self.decref(it);
        }
        if clash {
            return Some(Err(self.surrogates_mixed()));
        }
        Some(Ok(self.new_str_facts(s, facts)))
    }
}
