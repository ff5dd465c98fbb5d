//! Subscription of str: `s[i]` and `s[i:j:k]` (CPython's `unicode_subscript`), and
//! the one-character strings that indexing and iteration produce (CPython's
//! `unicode_char`, which returns the cached Latin-1 singletons; mempy interns ASCII).

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `s[key]` for the str in slot `r`.
    pub fn str_getitem(&mut self, r: ObjRef, key: Value) -> PyResult<Value> {
        let len = match self.heap.get(r) {
            Obj::Str(s) => s.len(),
            _ => unreachable!(),
        };
        if self.is_slice(key) {
            let (start, _, step, n) = self.slice_indices(key, len as i64)?;
            return Ok(self.str_slice(r, start, step, n));
        }
        let i = self.seq_index(key, len, "string")?;
        let (c, f) = match self.heap.get(r) {
            Obj::Str(s) => (s.char_at(i), s.is_flagged()),
            _ => unreachable!(),
        };
        Ok(self.str_of_text_char(c, f))
    }

    /// `s[start::step]` of `n` characters, resolved (`unicode_subscript`'s slice
    /// arm): the string itself when the slice covers it (`unicode_result_unchanged`
    /// for an exact str), else a new string (the interned singletons for "" and one
    /// Latin-1 character, as `new_str` makes them).
    pub(crate) fn str_slice(&mut self, r: ObjRef, start: i64, step: i64, n: i64) -> Value {
        let flagged;
        let out: String = match self.heap.get(r) {
            Obj::Str(s) => {
                if start == 0 && step == 1 && n == s.len() as i64 {
                    self.heap.incref_obj(r);
                    return Value::Obj(r);
                }
                if n == 1 {
                    // One character: the Latin-1 singletons, as `s[i]` gives.
                    let (c, f) = (s.char_at(start as usize), s.is_flagged());
                    return self.str_of_text_char(c, f);
                }
                flagged = s.is_flagged();
                let text = s.as_str();
                let (start, n) = (start as usize, n as usize);
                if n == 0 {
                    String::new()
                } else if step == 1 {
                    let (a, b) = if s.is_ascii() {
                        (start, start + n)
                    } else {
                        // The end is found by walking on from the start (the cursor).
                        (s.byte_offset(start), s.byte_offset(start + n))
                    };
                    text[a..b].to_string()
                } else if step > 0 {
                    let a = s.byte_offset(start);
                    text[a..].chars().step_by(step as usize).take(n).collect()
                } else {
                    // Backward from character `start` (included).
                    let a = s.byte_offset(start);
                    let end = a + text[a..].chars().next().map_or(0, char::len_utf8);
                    text[..end]
                        .chars()
                        .rev()
                        .step_by(step.unsigned_abs() as usize)
                        .take(n)
                        .collect()
                }
            }
            _ => unreachable!(),
        };
        self.new_str_derived(out, flagged)
    }

    /// A one-character string (owned). The 256 Latin-1 ones are singletons, as
    /// CPython 3.11's statically allocated one-character strings: the same object
    /// whether it came from indexing, `chr`, a method or a literal, and the interned
    /// string for its text, except for the characters of [`SEPARATELY_INTERNED`].
    pub fn str_of_char(&mut self, c: char) -> Value {
        if (c as u32) < 256 {
            let slot = self.latin1_chars[c as usize];
            if slot != 0 {
                self.heap.incref_obj(ObjRef(slot));
                return Value::Obj(ObjRef(slot));
            }
            let r = if SEPARATELY_INTERNED.contains(c) {
                let s = crate::runtime::types::str::StrObj::new(c.to_string());
                self.heap.alloc(Obj::Str(s))
            } else {
                let mut buf = [0u8; 4];
                let r = self.heap.intern(c.encode_utf8(&mut buf));
                self.heap.incref_obj(r);
                r
            };
            // The table keeps one reference for good, and the caller gets one.
            self.heap.incref_obj(r);
            self.latin1_chars[c as usize] = r.0;
            Value::Obj(r)
        } else {
            self.new_str(c.to_string())
        }
    }
}

/// The one-character strings CPython 3.11 has already interned as objects of their own
/// when a program starts (its deep-frozen modules' constants and static identifiers
/// are interned before the Latin-1 singletons could be): for these, the compiler's
/// constant `'a'` and `sys.intern('a')` are that interned object, distinct from the
/// singleton `chr(97)` and `'xay'[1]` give. Measured on CPython 3.11.7 by comparing
/// each `chr(i)` with the constant `repr(chr(i))` compiles to.
pub(crate) const SEPARATELY_INTERNED: &str = "BCLST_abcdefhijklmnopqrstvwxy";
