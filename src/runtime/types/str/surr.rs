//! The VM's side of strings holding lone surrogates (CPython's `PyUnicode` of any
//! code point; mempy writes them as stand-ins, see the invariant in `str/mod.rs` and
//! `crate::text::surrogates`): making such strings, asking whether a value is one,
//! and the slow paths where flagged and plain strings meet.

use super::{StrFacts, StrObj};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::text::surrogates;
use crate::value::Value;

impl Vm {
    /// Whether `v` is a str (or str subclass instance) holding lone surrogates.
    pub fn str_is_flagged(&self, v: Value) -> bool {
        self.str_and_facts(v).is_some_and(|(_, f)| f.is_flagged())
    }

    /// `chr(c)` for any code point up to U+10FFFF (a surrogate included).
    #[inline(never)]
    pub fn str_of_code_point(&mut self, c: u32) -> Value {
        match char::from_u32(c) {
            Some(ch) => self.str_of_char(ch),
            None => {
                let mut t = String::new();
                surrogates::push_code_point(&mut t, c);
                let facts = StrFacts::of_derived(&t, true);
                self.new_str_facts(t, facts)
            }
        }
    }

    /// A one-character string for the character `c` of a text that is `flagged`.
    #[inline(always)]
    pub fn str_of_text_char(&mut self, c: char, flagged: bool) -> Value {
        if flagged && surrogates::is_stand_in(c) {
            self.str_of_code_point(surrogates::code_point(c, true))
        } else {
            self.str_of_char(c)
        }
    }

    /// A new str of text derived from other strings' texts (pieces, a method's
    /// result); `from_flagged` when any of those held surrogates.
    pub fn new_str_derived(&mut self, s: String, from_flagged: bool) -> Value {
        if !from_flagged {
            return self.new_str(s);
        }
        let facts = StrFacts::of_derived(&s, true);
        self.new_str_facts(s, facts)
    }

    /// A new str of the code points `cps` (surrogates allowed); ValueError for a
    /// string mempy cannot hold (`surrogates::MIXED`).
    pub fn new_str_code_points(&mut self, cps: &[u32]) -> PyResult<Value> {
        match StrObj::from_code_points(cps) {
            Ok(s) if s.is_empty() => Ok(self.empty_str()),
            Ok(s) => Ok(Value::Obj(self.heap.alloc(Obj::Str(s)))),
            Err(m) => Err(self.value_error(m)),
        }
    }

    /// The error for joining flagged text with text holding real stand-ins.
    pub fn surrogates_mixed(&mut self) -> crate::runtime::vm::PyErr {
        self.value_error(surrogates::MIXED)
    }

    /// Whether joining texts with these facts and texts would put surrogate stand-ins
    /// beside real ones (a string mempy cannot hold).
    pub fn str_pieces_clash<'a>(pieces: impl Iterator<Item = (&'a str, StrFacts)> + Clone) -> bool {
        pieces.clone().any(|(_, f)| f.is_flagged())
            && pieces
                .into_iter()
                .any(|(t, f)| f.may_hold_stand_ins() && surrogates::has_stand_in(t))
    }

    /// Whether any str among a method's operands (`self`, positional and keyword
    /// arguments) holds surrogates; ValueError when flagged text would meet real
    /// stand-ins (`surrogates::MIXED`).
    #[inline]
    pub(crate) fn str_operands_flagged(&mut self, args: &[Value], kw: KwArgs) -> PyResult<bool> {
        // A tight loop: every call of the wrapped str methods pays it.
        let mut flagged = false;
        for &a in args {
            flagged |= self.value_flagged(a);
        }
        for &(_, v) in kw {
            flagged |= self.value_flagged(v);
        }
        if flagged {
            self.str_operands_clash(args, kw)?;
        }
        Ok(flagged)
    }

    /// Whether the result `r` of a str method called on `recv` may hold stand-ins
    /// that are surrogates (then the operands are looked at): an unflagged new str
    /// whose widest character could be one, a list (of pieces of `recv`) when `recv`
    /// is flagged, a tuple (partition) holding such a str. Cheap for ordinary
    /// strings: one look at the result.
    #[inline(always)]
    pub(crate) fn str_result_may_hold_stand_ins(&self, recv: Value, r: Value) -> bool {
        let Value::Obj(o) = r else { return false };
        match self.heap.get(o) {
            Obj::Str(s) => s.may_hold_stand_ins(),
            Obj::List(_) => self.value_flagged(recv),
            Obj::Tuple(t) => {
                self.value_flagged(recv)
                    || t.iter().any(|&it| {
                        matches!(it, Value::Obj(p) if matches!(self.heap.get(p), Obj::Str(s) if s.may_hold_stand_ins()))
                    })
            }
            _ => false,
        }
    }

    /// Whether `v` is a str holding surrogates (a str subclass instance asks its
    /// payload).
    #[inline]
    fn value_flagged(&self, v: Value) -> bool {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => s.is_flagged(),
                Obj::Instance(_) => self.str_is_flagged(v),
                _ => false,
            },
            _ => false,
        }
    }

    /// ValueError when flagged operands meet real stand-ins (`surrogates::MIXED`).
    #[cold]
    fn str_operands_clash(&mut self, args: &[Value], kw: KwArgs) -> PyResult<()> {
        let all = args.iter().copied().chain(kw.iter().map(|&(_, v)| v));
        if Vm::str_pieces_clash(all.filter_map(|v| self.str_and_facts(v))) {
            return Err(self.surrogates_mixed());
        }
        Ok(())
    }

    /// Flags the strings a method made from flagged operands (the result itself, or
    /// the items of a list or tuple result) whose text holds stand-ins. Such a string
    /// is either new (no one else has seen it) or already flagged.
    pub(crate) fn str_flag_results(&mut self, r: Value) {
        let Value::Obj(o) = r else { return };
        let items: Vec<Value> = match self.heap.get_mut(o) {
            Obj::Str(s) => {
                s.flag_if_stand_ins();
                return;
            }
            Obj::List(l) => l.items.clone(),
            Obj::Tuple(t) => t.to_vec(),
            _ => return,
        };
        for it in items {
            if let Value::Obj(p) = it {
                if let Obj::Str(s) = self.heap.get_mut(p) {
                    s.flag_if_stand_ins();
                }
            }
        }
    }

    /// Writes text holding lone surrogates (stand-ins) to python3's standard stream
    /// `fd` (1 or 2), which encodes with UTF-8 under its error handler: stderr's
    /// backslashreplace, stdout's strict (surrogateescape under the C locale, see
    /// `file::methods::c_locale`). Err is the UnicodeEncodeError; nothing of `text`
    /// is written then, as TextIOWrapper encodes a write whole.
    pub(crate) fn std_write_flagged(&mut self, fd: u8, text: &str) -> PyResult<()> {
        use crate::text::codecs::{self, Codec, Errors};
        let errors = if fd == 2 {
            Errors::BackslashReplace
        } else if crate::runtime::types::file::methods::c_locale() {
            Errors::SurrogateEscape
        } else {
            Errors::Strict
        };
        match codecs::encode(text, true, Codec::Utf8, errors) {
            Ok(b) if fd == 1 => self.write_out_encoded(&b),
            Ok(b) => {
                self.flush_out();
                crate::runtime::modules::sys::write_stderr(&String::from_utf8_lossy(&b));
                Ok(())
            }
            Err(e) => {
                let object = self.new_str_derived(text.to_string(), true);
                Err(self.codec_error(false, e, object))
            }
        }
    }
}
