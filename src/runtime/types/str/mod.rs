//! `str` (CPython's Objects/unicodeobject.c): the `StrObj` payload (`PyUnicodeObject`)
//! and its hash. The Python-visible behaviour is in the sibling files: `new.rs`
//! (`str(...)`), `methods.rs` and `format.rs` (methods, `str.format`), `codec.rs`
//! (`str.encode` and the codec arguments bytes shares), `ops.rs` (`+`, `*`, `in`,
//! f-string joining), `percent.rs` (`%`) and `subscript.rs` (indexing, slicing). The
//! text algorithms they call are in `crate::text`.
//!
//! Text is stored as UTF-8 and is always valid UTF-8 (`as_str` hands out a real
//! `&str`, no unsafe view of other bytes). Lone surrogates (U+D800..U+DFFF), which a
//! Python str may hold and UTF-8 cannot, are written as stand-in private-use
//! characters (see `crate::text::surrogates`): invariant: a string whose text holds
//! surrogates has `SURROGATES` set in `max_char`, and then every U+F0000..U+F07FF
//! character of its text is a surrogate (U+D800 + offset); without the flag every
//! character is itself. Ordinary strings never have the flag, so their paths pay
//! nothing but, where two strings meet (concatenation, equality, order), one test
//! of the flag bit. Code that builds a string from a flagged one's text must flag
//! the result (`StrFacts::of_derived`); repr, ord, hash, comparison and the codecs
//! read code points (`code_points`), not the stand-ins.
//!
//! The CPython storage kind (ASCII, Latin-1, UCS-2, UCS-4) is
//! derived from the widest character so `sys.getsizeof` reports CPython's numbers, and
//! the hash is CPython's SipHash-1-3 over that representation (so sets and dicts of str
//! iterate in CPython's order under `PYTHONHASHSEED=0`).

pub mod codec;
mod format;
pub mod methods;
mod new;
mod ops;
mod percent;
pub(crate) mod subscript;
mod surr;

use crate::text::surrogates;
use std::cell::Cell;

/// The bit of `max_char` (a StrObj's and a StrFacts') saying the text holds lone
/// surrogates as stand-in characters; the bits below it are the widest code point.
pub const SURROGATES: u32 = 1 << 31;

/// Bytes of text kept inside the object itself (no separate allocation).
pub const INLINE_MAX: usize = 15;

/// The UTF-8 text of a string: short texts (most keys, names, split pieces and
/// digits) live inline, as CPython keeps a compact string's characters in the object;
/// longer ones in a `String` (not `Box<str>`: building a string usually leaves spare
/// capacity, and shrinking it to fit would cost a `realloc` per string).
enum Text {
    Inline { len: u8, bytes: [u8; INLINE_MAX] },
    Heap(String),
}

// `Text` must not grow the object: the inline variant fits beside `String`'s niche.
const _: () = assert!(std::mem::size_of::<Text>() == std::mem::size_of::<String>());

impl Text {
    #[inline]
    fn from_str(s: &str) -> Text {
        if s.len() <= INLINE_MAX {
            let mut bytes = [0u8; INLINE_MAX];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline {
                len: s.len() as u8,
                bytes,
            }
        } else {
            Text::Heap(s.to_owned())
        }
    }

    #[inline]
    fn from_string(s: String) -> Text {
        if s.len() <= INLINE_MAX {
            Text::from_str(&s)
        } else {
            Text::Heap(s)
        }
    }

    /// The text `a` followed by `b`: a short result is written straight into the
    /// object (no temporary `String` to allocate, copy out of and free).
    #[inline]
    fn concat(a: &str, b: &str) -> Text {
        let n = a.len() + b.len();
        if n <= INLINE_MAX {
            let mut bytes = [0u8; INLINE_MAX];
            bytes[..a.len()].copy_from_slice(a.as_bytes());
            bytes[a.len()..n].copy_from_slice(b.as_bytes());
            Text::Inline {
                len: n as u8,
                bytes,
            }
        } else {
            let mut s = String::with_capacity(n);
            s.push_str(a);
            s.push_str(b);
            Text::Heap(s)
        }
    }

    /// The texts `pieces` with `sep` between them, `total` bytes in all, at most
    /// `INLINE_MAX` (the caller measured them): written straight into the object.
    #[inline]
    fn join_short<'a>(sep: &str, pieces: impl Iterator<Item = &'a str>, total: usize) -> Text {
        debug_assert!(total <= INLINE_MAX);
        let mut bytes = [0u8; INLINE_MAX];
        let mut len = 0;
        for (i, p) in pieces.enumerate() {
            if i > 0 {
                bytes[len..len + sep.len()].copy_from_slice(sep.as_bytes());
                len += sep.len();
            }
            bytes[len..len + p.len()].copy_from_slice(p.as_bytes());
            len += p.len();
        }
        debug_assert_eq!(len, total);
        Text::Inline {
            len: len as u8,
            bytes,
        }
    }

    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Text::Inline { len, bytes } => {
                let b = &bytes[..*len as usize];
                // SAFETY: an inline text is only ever made by `from_str`, `concat` and
                // `join_short`, which copy exactly the bytes of whole `&str`s (valid
                // UTF-8, and so is their concatenation) of total length `len`.
                unsafe { std::str::from_utf8_unchecked(b) }
            }
            Text::Heap(s) => s,
        }
    }
}

/// Where the last character lookups of long non-ASCII strings ended, so that
/// indexing (`s[i]`, slices, `for ch in s`) walks UTF-8 text from there instead of
/// from its start: CPython indexes its fixed-width storage in O(1); mempy keeps
/// UTF-8 and makes the usual in-order walks O(1) per step this way.
///
/// Invariant: an entry's key is the address of the text buffer of a live string
/// (`Text::Heap`) and its (character index, byte offset) pair is a character
/// boundary of that text. A string forgets its entry before its buffer is freed
/// or changed (`Drop`, `take_text`), so a buffer reused at the same address never
/// meets a stale entry. One thread owns every heap, so the table is per thread.
mod cursor {
    use std::cell::Cell;

    const WAYS: usize = 4;

    thread_local! {
        static TABLE: [Cell<(usize, usize, usize)>; WAYS] =
            const { [const { Cell::new((0, 0, 0)) }; WAYS] };
    }

    #[inline]
    fn way(key: usize) -> usize {
        // Text buffers are at least 8-aligned: skip the bits that are always zero.
        (key >> 4) % WAYS
    }

    /// The (character index, byte offset) remembered for the text at `key`.
    #[inline]
    pub(super) fn get(key: usize) -> Option<(usize, usize)> {
        let (k, c, b) = TABLE.with(|t| t[way(key)].get());
        (k == key).then_some((c, b))
    }

    #[inline]
    pub(super) fn set(key: usize, c: usize, b: usize) {
        TABLE.with(|t| t[way(key)].set((key, c, b)));
    }

    /// Forgets the entry of the text at `key`, if it has one.
    #[inline]
    pub(super) fn forget(key: usize) {
        TABLE.with(|t| {
            let e = &t[way(key)];
            if e.get().0 == key {
                e.set((0, 0, 0));
            }
        });
    }

    /// Byte offset of character `i` of `bytes`, walking forward from character
    /// `c` at byte `b` (c <= i < the text's length).
    #[inline]
    pub(super) fn walk_forward(bytes: &[u8], mut c: usize, mut b: usize, i: usize) -> usize {
        debug_assert!(c <= i);
        while c < i {
            b += 1;
            // Skip continuation bytes (0b10xxxxxx): `b` lands on the next character.
            while b < bytes.len() && bytes[b] & 0xC0 == 0x80 {
                b += 1;
            }
            c += 1;
        }
        b
    }

    /// Byte offset of character `i` of `bytes`, walking backward from character
    /// `c` at byte `b` (i < c; `c` may be the length with `b` the byte length).
    #[inline]
    pub(super) fn walk_backward(bytes: &[u8], mut c: usize, mut b: usize, i: usize) -> usize {
        debug_assert!(i <= c);
        while c > i {
            b -= 1;
            while bytes[b] & 0xC0 == 0x80 {
                b -= 1;
            }
            c -= 1;
        }
        b
    }
}

impl Drop for StrObj {
    #[inline]
    fn drop(&mut self) {
        self.forget_cursor();
    }
}

/// An immutable Python string.
pub struct StrObj {
    s: Text,
    /// Number of characters (code points).
    nchars: u32,
    /// Widest code point, for the storage kind. For ASCII text any value below 128
    /// will do (only the kind is observable), so it is not computed exactly.
    max_char: u32,
    /// Cached hash (-1 = not computed; a Python hash is never -1).
    hash: Cell<i64>,
}

/// What a `StrObj` caches about its text: the character count and the widest
/// character (CPython's length and `maxchar`). Known facts let a string built from
/// other strings (concatenation, join, f-strings, split pieces of ASCII text) skip
/// rescanning its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrFacts {
    nchars: u32,
    max_char: u32,
}

impl StrFacts {
    /// The empty string.
    pub const EMPTY: StrFacts = StrFacts {
        nchars: 0,
        max_char: 0,
    };

    /// Facts of ASCII text of `len` bytes.
    #[inline]
    pub fn ascii(len: usize) -> StrFacts {
        StrFacts {
            nchars: len as u32,
            max_char: 0x7f,
        }
    }

    /// The facts of text derived from other strings' texts (a slice, a method's
    /// result): when any of those was flagged, stand-ins in `s` are surrogates.
    pub fn of_derived(s: &str, from_flagged: bool) -> StrFacts {
        if !from_flagged {
            return StrFacts::of(s);
        }
        let mut nchars = 0u32;
        let mut max_char = 0u32;
        let mut flag = 0;
        for c in s.chars() {
            nchars += 1;
            let cp = surrogates::code_point(c, true);
            if cp != c as u32 {
                flag = SURROGATES;
            }
            max_char = max_char.max(cp);
        }
        StrFacts {
            nchars,
            max_char: max_char | flag,
        }
    }

    /// Whether the text holds lone surrogates (as stand-ins).
    #[inline]
    pub fn is_flagged(self) -> bool {
        self.max_char & SURROGATES != 0
    }

    /// Whether the text may hold stand-in characters that are themselves (its
    /// widest character is at least U+F0000 and it is not flagged): joining it with
    /// flagged text needs a check (`surrogates::MIXED`).
    #[inline]
    pub fn may_hold_stand_ins(self) -> bool {
        !self.is_flagged() && self.max_char >= surrogates::STAND_IN_BASE
    }

    /// Scans `s`.
    pub fn of(s: &str) -> StrFacts {
        if s.is_ascii() {
            return StrFacts::ascii(s.len());
        }
        let mut nchars = 0u32;
        let mut max_char = 0u32;
        for c in s.chars() {
            nchars += 1;
            max_char = max_char.max(c as u32);
        }
        StrFacts { nchars, max_char }
    }

    /// The facts of the concatenation of texts with facts `self` and `other`.
    #[inline]
    pub fn concat(self, other: StrFacts) -> StrFacts {
        let max_char = if (self.max_char | other.max_char) & SURROGATES == 0 {
            self.max_char.max(other.max_char)
        } else {
            // The flag is not a character: the widest of the two below it.
            SURROGATES | (self.max_char & !SURROGATES).max(other.max_char & !SURROGATES)
        };
        StrFacts {
            nchars: self.nchars.wrapping_add(other.nchars),
            max_char,
        }
    }

    /// The facts of `n` copies of the text.
    #[inline]
    pub fn repeat(self, n: usize) -> StrFacts {
        // No copies: the empty text, whose widest character is none of this one's
        // (a one-item join does not count the separator's width).
        if n == 0 {
            return StrFacts::EMPTY;
        }
        StrFacts {
            nchars: self.nchars.wrapping_mul(n as u32),
            max_char: self.max_char,
        }
    }

    #[inline]
    pub fn is_ascii(self) -> bool {
        self.max_char < 0x80
    }

    /// The number of characters.
    #[inline]
    pub fn nchars(self) -> usize {
        self.nchars as usize
    }
}

impl StrObj {
    pub fn new(s: String) -> StrObj {
        let facts = StrFacts::of(&s);
        StrObj::with_facts(s, facts)
    }

    /// `sep.join(pieces)` when the result (`total` bytes, facts `facts`) fits inline.
    pub fn join_short<'a>(
        sep: &str,
        pieces: impl Iterator<Item = &'a str>,
        total: usize,
        facts: StrFacts,
    ) -> StrObj {
        let s = Text::join_short(sep, pieces, total);
        Self::check_facts(s.as_str(), facts);
        StrObj {
            s,
            nchars: facts.nchars,
            max_char: facts.max_char,
            hash: Cell::new(-1),
        }
    }

    /// A string copied from borrowed text: short texts need no allocation at all.
    pub fn from_text(s: &str) -> StrObj {
        StrObj::from_str_facts(s, StrFacts::of(s))
    }

    /// `from_text` with facts the caller already knows (`debug_assert`ed).
    #[inline]
    pub fn from_str_facts(s: &str, facts: StrFacts) -> StrObj {
        Self::check_facts(s, facts);
        StrObj {
            s: Text::from_str(s),
            nchars: facts.nchars,
            max_char: facts.max_char,
            hash: Cell::new(-1),
        }
    }

    /// The concatenation of two texts whose facts are known (`str + str`).
    #[inline]
    pub fn concat(a: &str, b: &str, facts: StrFacts) -> StrObj {
        let s = StrObj {
            s: Text::concat(a, b),
            nchars: facts.nchars,
            max_char: facts.max_char,
            hash: Cell::new(-1),
        };
        Self::check_facts(s.as_str(), facts);
        s
    }

    /// Debug builds recount the facts of strings up to this many bytes; longer ones
    /// are left alone, or a loop growing one string in place (`s += t`) would turn
    /// quadratic under the check (a 100,000-step loop took 22 s).
    const CHECKED_FACTS_MAX: usize = 1 << 12;

    #[inline]
    fn check_facts(s: &str, facts: StrFacts) {
        debug_assert!(
            s.len() > Self::CHECKED_FACTS_MAX
                || facts.nchars as usize == s.chars().count() && {
                    let flagged = facts.is_flagged();
                    let m = surrogates::code_points(s, flagged).max().unwrap_or(0);
                    let fm = facts.max_char & !SURROGATES;
                    (m < 0x80 && fm < 0x80) || m == fm
                },
            "wrong StrFacts for {s:?}"
        );
    }

    /// A string of the given code points (any of U+0000..U+10FFFF, surrogates
    /// included); Err(`surrogates::MIXED`) for one mempy cannot hold.
    pub fn from_code_points(cps: &[u32]) -> Result<StrObj, &'static str> {
        let (text, flagged) = surrogates::from_code_points(cps)?;
        let facts = StrFacts::of_derived(&text, flagged);
        Ok(StrObj::with_facts(text, facts))
    }

    /// Marks a string made from flagged texts as flagged when its text holds
    /// stand-ins (they are surrogates); it must be new (its hash not yet shared).
    pub(crate) fn flag_if_stand_ins(&mut self) {
        // (Unflagged text can hold a stand-in only if its widest character is one.)
        if self.max_char >= surrogates::STAND_IN_BASE
            && !self.is_flagged()
            && surrogates::has_stand_in(self.as_str())
        {
            let facts = StrFacts::of_derived(self.as_str(), true);
            self.nchars = facts.nchars;
            self.max_char = facts.max_char;
            self.hash.set(-1);
        }
    }

    /// Whether the text is unflagged and its widest character could be a stand-in.
    #[inline]
    pub fn may_hold_stand_ins(&self) -> bool {
        self.facts().may_hold_stand_ins()
    }

    /// Whether the text holds lone surrogates (as stand-ins, see the module header).
    #[inline]
    pub fn is_flagged(&self) -> bool {
        self.max_char & SURROGATES != 0
    }

    /// The code points of the string (surrogates as themselves).
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        surrogates::code_points(self.as_str(), self.is_flagged())
    }

    /// Python `==` of two strings' texts.
    #[inline]
    pub fn eq_text(&self, other: &StrObj) -> bool {
        self.as_str() == other.as_str() && (self.max_char ^ other.max_char) & SURROGATES == 0
    }

    /// Python's order of two strings (code-point order; UTF-8 byte order is the same
    /// except for stand-ins).
    #[inline]
    pub fn cmp_text(&self, other: &StrObj) -> std::cmp::Ordering {
        if (self.max_char | other.max_char) & SURROGATES == 0 {
            self.as_str().cmp(other.as_str())
        } else {
            self.code_points().cmp(other.code_points())
        }
    }

    /// The code point at index `i` (caller checks bounds).
    pub fn code_point_at(&self, i: usize) -> u32 {
        surrogates::code_point(self.char_at(i), self.is_flagged())
    }

    /// A string whose facts the caller already knows (`debug_assert`ed).
    #[inline]
    pub fn with_facts(s: String, facts: StrFacts) -> StrObj {
        Self::check_facts(&s, facts);
        StrObj {
            s: Text::from_string(s),
            nchars: facts.nchars,
            max_char: facts.max_char,
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn facts(&self) -> StrFacts {
        StrFacts {
            nchars: self.nchars,
            max_char: self.max_char,
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        self.s.as_str()
    }

    /// Byte `i` of an ASCII str (its character `i`), for `for ch in text`'s step:
    /// inlined into the evaluation loop, where `as_str` stays a call.
    #[inline(always)]
    pub fn ascii_byte(&self, i: usize) -> Option<u8> {
        debug_assert!(self.is_ascii());
        match &self.s {
            Text::Inline { len, bytes } => bytes[..*len as usize].get(i).copied(),
            Text::Heap(s) => s.as_bytes().get(i).copied(),
        }
    }

    /// The text, moved out for `s += t` in place (see `Vm::str_append_in_place`);
    /// `set_text` puts the grown text back.
    pub(crate) fn take_text(&mut self) -> String {
        self.forget_cursor();
        match std::mem::replace(
            &mut self.s,
            Text::Inline {
                len: 0,
                bytes: [0; INLINE_MAX],
            },
        ) {
            Text::Inline { len, bytes } => {
                let mut s = String::with_capacity(2 * INLINE_MAX);
                // The inline bytes are a `&str`'s (see `Text::from_str`).
                s.push_str(std::str::from_utf8(&bytes[..len as usize]).unwrap_or_default());
                s
            }
            Text::Heap(s) => s,
        }
    }

    /// Gives the string the text `s` with facts `facts`, forgetting its cached hash:
    /// the end of an in-place `s += t`. A short text goes back inline.
    pub(crate) fn set_text(&mut self, s: String, facts: StrFacts) {
        Self::check_facts(&s, facts);
        self.s = Text::from_string(s);
        self.nchars = facts.nchars;
        self.max_char = facts.max_char;
        self.hash.set(-1);
    }

    /// Forgets the text's lookup cursor (before its buffer is freed or changed).
    #[inline]
    fn forget_cursor(&self) {
        if let Text::Heap(s) = &self.s {
            if !self.is_ascii() {
                cursor::forget(s.as_ptr() as usize);
            }
        }
    }

    /// `len(s)`: the number of code points.
    #[inline]
    pub fn len(&self) -> usize {
        self.nchars as usize
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.nchars == 0
    }

    /// All characters are ASCII (byte index == char index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.max_char < 0x80
    }

    /// Bytes per character in CPython's representation (1, 2 or 4).
    pub fn kind(&self) -> usize {
        let m = self.max_char & !SURROGATES;
        if m < 256 {
            1
        } else if m < 65536 {
            2
        } else {
            4
        }
    }

    /// `sys.getsizeof` of this string in CPython 3.11 (64-bit).
    pub fn sizeof(&self) -> usize {
        let n = self.nchars as usize;
        if self.max_char < 128 {
            48 + n + 1
        } else {
            72 + (n + 1) * self.kind()
        }
    }

    /// `sys.getsizeof` of an instance of a str subclass holding this text: such an
    /// object is never compact, a 96-byte `PyUnicodeObject` (with dict and weakref
    /// slots) and a separate buffer of (len + 1) units.
    pub fn subclass_sizeof(&self) -> usize {
        let unit = self.code_points().max().map_or(1, |m| {
            if m < 0x100 {
                1
            } else if m < 0x10000 {
                2
            } else {
                4
            }
        });
        112 + (self.len() + 1) * unit
    }

    /// The character at code-point index `i` (caller checks bounds).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            let s = self.as_str();
            let b = self.byte_offset(i);
            s[b..].chars().next().unwrap_or('\0')
        }
    }

    /// Byte offset of code-point index `i` (i may equal len). Non-ASCII text is
    /// walked from the nearest of its start, its end and the string's cursor (see
    /// `cursor`), so walking a string in order costs O(1) per step.
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        let bytes = self.as_str().as_bytes();
        let n = self.nchars as usize;
        if i >= n {
            return bytes.len();
        }
        let Text::Heap(_) = self.s else {
            // Inline text is at most INLINE_MAX bytes: walking it is cheap.
            return cursor::walk_forward(bytes, 0, 0, i);
        };
        let key = bytes.as_ptr() as usize;
        let (ci, cb) = cursor::get(key).unwrap_or((0, 0));
        // The cheapest of three walks: forward from the start or from the cursor
        // (when it lies before `i`), backward from the cursor or from the end.
        let b = if i >= ci {
            if n - i < i - ci {
                cursor::walk_backward(bytes, n, bytes.len(), i)
            } else {
                cursor::walk_forward(bytes, ci, cb, i)
            }
        } else if i <= ci - i {
            cursor::walk_forward(bytes, 0, 0, i)
        } else {
            cursor::walk_backward(bytes, ci, cb, i)
        };
        cursor::set(key, i, b);
        b
    }

    /// CPython's `hash(str)` with hash randomisation disabled (`PYTHONHASHSEED=0`).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = if self.as_str().is_empty() {
            0
        } else if self.is_ascii() {
            // ASCII: the UTF-8 bytes are the Latin-1 representation.
            let h = siphash13(0, 0, self.as_str().as_bytes()) as i64;
            if h == -1 {
                -2
            } else {
                h
            }
        } else {
            let mut bytes: Vec<u8> = Vec::with_capacity(self.nchars as usize * self.kind());
            match self.kind() {
                1 => bytes.extend(self.code_points().map(|c| c as u8)),
                2 => self
                    .code_points()
                    .for_each(|c| bytes.extend_from_slice(&(c as u16).to_le_bytes())),
                _ => self
                    .code_points()
                    .for_each(|c| bytes.extend_from_slice(&(c).to_le_bytes())),
            }
            let h = siphash13(0, 0, &bytes) as i64;
            if h == -1 {
                -2
            } else {
                h
            }
        };
        self.hash.set(h);
        h
    }
}

/// SipHash-1-3 as in CPython's Python/pyhash.c (one compression round, three
/// finalization rounds), keyed with (k0, k1).
pub fn siphash13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    #[inline(always)]
    fn round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13);
        *v1 ^= *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16);
        *v3 ^= *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21);
        *v3 ^= *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17);
        *v1 ^= *v2;
        *v2 = v2.rotate_left(32);
    }
    let len = src.len();
    let mut b = (len as u64) << 56;
    let chunks = src.chunks_exact(8);
    let rem = chunks.remainder();
    for c in chunks {
        let mi = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= mi;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= mi;
    }
    let mut t = 0u64;
    for (i, &byte) in rem.iter().enumerate() {
        t |= (byte as u64) << (8 * i);
    }
    b |= t;
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    (v0 ^ v1) ^ (v2 ^ v3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_cpython() {
        assert_eq!(StrObj::new(String::new()).sizeof(), 49);
        assert_eq!(StrObj::new("abc".into()).sizeof(), 52);
        assert_eq!(StrObj::new("é".into()).sizeof(), 74);
        assert_eq!(StrObj::new("€".into()).sizeof(), 76);
        assert_eq!(StrObj::new("😀".into()).sizeof(), 80);
    }

    #[test]
    fn hash_matches_cpython_with_seed_zero() {
        // Values from `PYTHONHASHSEED=0 python3 -c 'print(hash("a"))'` (CPython 3.11).
        assert_eq!(StrObj::new("a".into()).hash(), 4644417185603328019);
        assert_eq!(
            StrObj::new("hello world!".into()).hash(),
            839851713330019024
        );
        assert_eq!(StrObj::new("é".into()).hash(), 6047309291227476195);
        assert_eq!(StrObj::new("€x".into()).hash(), -483395623852268653);
        assert_eq!(StrObj::new("".into()).hash(), 0);
    }
}
