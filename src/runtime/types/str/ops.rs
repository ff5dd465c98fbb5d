//! The str arms of the number and sequence protocols: concatenation, repetition and
//! `in` (CPython's `PyUnicode_Concat`, `unicode_repeat`, `PyUnicode_Contains`), and the
//! BUILD_STRING instruction of f-strings (`_PyUnicode_JoinArray`). `%` is in
//! `percent.rs`.

use super::StrFacts;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `a + b` when both are str (None otherwise). The operands' cached facts give the
    /// result's, so its text is not rescanned.
    pub fn str_concat(&mut self, a: Value, b: Value) -> Option<Value> {
        let (Some((x, fx)), Some((y, fy))) = (self.str_and_facts(a), self.str_and_facts(b)) else {
            return None;
        };
        let mut s = String::with_capacity(x.len() + y.len());
        s.push_str(x);
        s.push_str(y);
        Some(self.new_str_facts(s, fx.concat(fy)))
    }

    /// `s * n` (or `n * s`) when `seq` is a str (None otherwise); `n` is already
    /// clamped at 0.
    pub fn str_repeat(&mut self, seq: Value, n: usize) -> PyResult<Option<Value>> {
        let Some(s) = self.as_str(seq) else {
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
        let mut out = String::new();
        if !crate::runtime::limits::try_reserve_str(&mut out, s.len() * n) {
            return Err(self.err_noargs("MemoryError"));
        }
        for _ in 0..n {
            out.push_str(s);
        }
        let s = out;
        Ok(Some(self.new_str(s)))
    }

    /// `x in s` for the str `s` in slot `r`: a substring test; `x` must be a str.
    pub fn str_contains(&mut self, r: ObjRef, x: Value) -> PyResult<bool> {
        let Some(needle) = self.as_str(x) else {
            let tn = self.type_name(x);
            return Err(self.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                tn
            )));
        };
        match self.heap.get(r) {
            crate::runtime::object::Obj::Str(s) => Ok(s.as_str().contains(needle)),
            _ => unreachable!(),
        }
    }

    /// BuildString: pops `n` str values and pushes nothing; returns their
    /// concatenation. The pieces' cached facts give the result's, so its text is
    /// not rescanned, and it is allocated once at its exact length.
    pub fn build_string(&mut self, n: usize) -> Value {
        let start = self.sp - n;
        let mut len = 0;
        let mut facts = StrFacts::EMPTY;
        for &it in &self.stack[start..self.sp] {
            if let Some((t, f)) = self.str_and_facts(it) {
                len += t.len();
                facts = facts.concat(f);
            }
        }
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
        self.new_str_facts(s, facts)
    }
}
