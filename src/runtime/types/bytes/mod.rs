//! `bytes` and `bytearray` payloads (CPython `PyBytesObject`, Objects/bytesobject.c, and
//! `PyByteArrayObject`, Objects/bytearrayobject.c), plus the byte-level text work both
//! share: `repr`, `hex`/`fromhex`, and the utf-8 / ascii / latin-1 codecs with CPython's
//! error messages.
//!
//! A `bytes` object is an immutable `Box<[u8]>` (16 bytes in the heap slot, no spare
//! capacity). A `bytearray` keeps a `Vec<u8>` plus CPython's `ob_alloc` and the offset
//! of `ob_start` into the buffer, so `sys.getsizeof` follows CPython's
//! `PyByteArray_Resize` over-allocation exactly; the Rust capacity is not observable.

pub mod methods;

use crate::runtime::object::Obj;

/// A mutable byte buffer (CPython `PyByteArrayObject`).
pub struct ByteArrayObj {
    pub data: Vec<u8>,
    /// CPython's `ob_alloc`: bytes allocated for the buffer (0 for a fresh empty one).
    pub alloc: usize,
    /// CPython's `ob_start - ob_bytes`: deleting from the front only moves the start.
    pub offset: usize,
}

impl ByteArrayObj {
    /// A bytearray holding `data` as CPython's constructors leave it: the buffer is
    /// exactly `len + 1` (no buffer at all when empty).
    pub fn new(data: Vec<u8>) -> ByteArrayObj {
        let alloc = if data.is_empty() { 0 } else { data.len() + 1 };
        ByteArrayObj {
            data,
            alloc,
            offset: 0,
        }
    }

    /// A bytearray filled from a general iterator one byte at a time, as CPython's
    /// `bytearray.__init__` does (growing only when the next byte leaves no room).
    pub fn from_iter_growth(data: Vec<u8>) -> ByteArrayObj {
        let mut b = ByteArrayObj::new(Vec::new());
        for n in 1..=data.len() {
            if n >= b.alloc {
                b.grow_to(n);
            }
        }
        b.data = data;
        b
    }

    /// `resize` from the length `size - 1` of a buffer being filled.
    fn grow_to(&mut self, size: usize) {
        let alloc = self.alloc;
        if size + self.offset >= alloc {
            self.alloc = if (size as f64) <= alloc as f64 * 1.125 {
                size + (size >> 3) + if size < 9 { 3 } else { 6 }
            } else {
                size + 1
            };
        }
    }

    /// Accounts for a change of length to `size` (CPython's `PyByteArray_Resize`);
    /// the caller changes `data` itself.
    pub fn resize(&mut self, size: usize) {
        if size == self.data.len() {
            return;
        }
        let alloc = self.alloc;
        if size + self.offset < alloc {
            if size < alloc / 2 {
                // Major downsize: the buffer is reallocated at the exact size.
                self.alloc = size + 1;
                self.offset = 0;
            }
        } else if (size as f64) <= alloc as f64 * 1.125 {
            self.alloc = size + (size >> 3) + if size < 9 { 3 } else { 6 };
            self.offset = 0;
        } else {
            self.alloc = size + 1;
            self.offset = 0;
        }
    }

    /// `sys.getsizeof` (CPython's `bytearray_sizeof`: the struct plus `ob_alloc`).
    pub fn sizeof(&self) -> usize {
        56 + self.alloc
    }
}

/// The content of a bytes or bytearray payload.
pub fn obj_bytes(o: &Obj) -> Option<&[u8]> {
    match o {
        Obj::Bytes(b) => Some(b),
        Obj::ByteArray(b) => Some(&b.data),
        _ => None,
    }
}

/// `hash(b)`: CPython hashes bytes with the same SipHash-1-3 as a str's 1-byte
/// representation, so `hash(b"abc") == hash("abc")` with `PYTHONHASHSEED=0`.
pub fn hash(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    match crate::runtime::types::str::siphash13(0, 0, data) as i64 {
        -1 => -2,
        h => h,
    }
}

/// `b.hex()`.
pub fn hex(data: &[u8]) -> String {
    let mut s = String::with_capacity(data.len() * 2);
    for &c in data {
        s.push_str(&format!("{:02x}", c));
    }
    s
}

/// `b.hex(sep, bytes_per_sep)`: `sep` between groups of `per.abs()` bytes, counted
/// from the right when `per` is positive, from the left when negative.
pub fn hex_sep(data: &[u8], sep: char, per: i64) -> String {
    let n = per.unsigned_abs() as usize;
    if n == 0 || n >= data.len() {
        return hex(data);
    }
    let mut s = String::with_capacity(data.len() * 3);
    for (i, &c) in data.iter().enumerate() {
        let boundary = if per > 0 {
            i > 0 && (data.len() - i).is_multiple_of(n)
        } else {
            i > 0 && i.is_multiple_of(n)
        };
        if boundary {
            s.push(sep);
        }
        s.push_str(&format!("{:02x}", c));
    }
    s
}

/// `bytes.fromhex(s)`: Err(message) is a ValueError.
pub fn fromhex(s: &str) -> Result<Vec<u8>, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |i: usize| {
        format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            i
        )
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = match chars.get(i + 1) {
            Some(c) => c.to_digit(16).ok_or_else(|| bad(i + 1))?,
            None => return Err(bad(i + 1)),
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// The codecs mempy knows, by CPython's normalized name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Looks an encoding name up as CPython's `encodings.search_function` would for
    /// these three (case, `-`/`_`/space insensitive, the common aliases).
    pub fn lookup(name: &str) -> Option<Codec> {
        let n: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c == '-' || c == ' ' { '_' } else { c })
            .collect();
        match n.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
            "ascii" | "us_ascii" | "646" | "us" => Some(Codec::Ascii),
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "iso_ir_100" => Some(Codec::Latin1),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// An error handler for the codecs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
}

impl Errors {
    pub fn lookup(name: &str) -> Option<Errors> {
        match name {
            "strict" => Some(Errors::Strict),
            "ignore" => Some(Errors::Ignore),
            "replace" => Some(Errors::Replace),
            _ => None,
        }
    }
}

/// `str.encode`: Err(message) is a UnicodeEncodeError.
pub fn encode(s: &str, codec: Codec, errors: Errors) -> Result<Vec<u8>, String> {
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 128u32,
        Codec::Latin1 => 256u32,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        match errors {
            Errors::Ignore => {}
            Errors::Replace => out.push(b'?'),
            Errors::Strict => {
                // CPython reports the whole run of unencodable characters.
                let mut j = i + 1;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                let what = if j - i == 1 {
                    // UnicodeEncodeError.__str__ always escapes the character.
                    let c = chars[i] as u32;
                    let esc = if c <= 0xff {
                        format!("\\x{:02x}", c)
                    } else if c <= 0xffff {
                        format!("\\u{:04x}", c)
                    } else {
                        format!("\\U{:08x}", c)
                    };
                    format!("character '{}' in position {}", esc, i)
                } else {
                    format!("characters in position {}-{}", i, j - 1)
                };
                return Err(format!(
                    "'{}' codec can't encode {}: ordinal not in range({})",
                    codec.name(),
                    what,
                    limit
                ));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// `bytes.decode`: Err(message) is a UnicodeDecodeError.
pub fn decode(data: &[u8], codec: Codec, errors: Errors) -> Result<String, String> {
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                } else {
                    match errors {
                        Errors::Ignore => {}
                        Errors::Replace => out.push('\u{fffd}'),
                        Errors::Strict => {
                            return Err(format!(
                                "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                                b, i
                            ))
                        }
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf8 => match std::str::from_utf8(data) {
            Ok(s) => Ok(s.to_string()),
            Err(_) if errors == Errors::Replace => Ok(String::from_utf8_lossy(data).into_owned()),
            Err(_) => {
                let mut out = String::new();
                let mut rest = data;
                let mut base = 0;
                loop {
                    match std::str::from_utf8(rest) {
                        Ok(s) => {
                            out.push_str(s);
                            return Ok(out);
                        }
                        Err(e) => {
                            let good = e.valid_up_to();
                            out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                            let (n, reason) = match e.error_len() {
                                None => (rest.len() - good, "unexpected end of data"),
                                Some(n) => {
                                    let lead = rest[good];
                                    if n == 1 && !(0xc2..=0xf4).contains(&lead) {
                                        (1, "invalid start byte")
                                    } else {
                                        (n, "invalid continuation byte")
                                    }
                                }
                            };
                            if errors == Errors::Strict {
                                let pos = base + good;
                                let what = if n == 1 {
                                    format!("byte 0x{:02x} in position {}", rest[good], pos)
                                } else {
                                    format!("bytes in position {}-{}", pos, pos + n - 1)
                                };
                                return Err(format!(
                                    "'utf-8' codec can't decode {}: {}",
                                    what, reason
                                ));
                            }
                            base += good + n;
                            rest = &rest[good + n..];
                        }
                    }
                }
            }
        },
    }
}

/// Index of the first occurrence of `needle` in `hay` at or after `from`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Index of the last occurrence of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Non-overlapping occurrences of `needle` (CPython's count; an empty needle
/// matches `len + 1` times).
pub fn count(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find(&hay[i..], needle) {
        n += 1;
        i += p + needle.len();
    }
    n
}

/// `b.replace(old, new, count)`.
pub fn replace(hay: &[u8], old: &[u8], new: &[u8], max: Option<usize>) -> Vec<u8> {
    let max = max.unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(hay.len());
    let mut done = 0;
    if old.is_empty() {
        for (i, &c) in hay.iter().enumerate() {
            if done < max {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(c);
            let _ = i;
        }
        if done < max {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while done < max {
        match find(&hay[i..], old) {
            Some(p) => {
                out.extend_from_slice(&hay[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&hay[i..]);
    out
}

/// ASCII whitespace as bytes methods see it (`Py_ISSPACE`).
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `b.split(sep, maxsplit)`: sep None splits on runs of whitespace.
pub fn split(hay: &[u8], sep: Option<&[u8]>, maxsplit: Option<usize>) -> Vec<Vec<u8>> {
    let max = maxsplit.unwrap_or(usize::MAX);
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut i = 0;
            while out.len() < max {
                match find(&hay[i..], sep) {
                    Some(p) => {
                        out.push(hay[i..i + p].to_vec());
                        i += p + sep.len();
                    }
                    None => break,
                }
            }
            out.push(hay[i..].to_vec());
        }
        None => {
            let mut i = 0;
            let n = hay.len();
            loop {
                while i < n && is_space(hay[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if out.len() == max {
                    out.push(hay[i..].to_vec());
                    break;
                }
                let s = i;
                while i < n && !is_space(hay[i]) {
                    i += 1;
                }
                out.push(hay[s..i].to_vec());
            }
        }
    }
    out
}

/// `b.rsplit(sep, maxsplit)`: splits from the right.
pub fn rsplit(hay: &[u8], sep: Option<&[u8]>, maxsplit: Option<usize>) -> Vec<Vec<u8>> {
    let max = maxsplit.unwrap_or(usize::MAX);
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = hay.len();
            while out.len() < max {
                match rfind(&hay[..end], sep) {
                    Some(p) => {
                        out.push(hay[p + sep.len()..end].to_vec());
                        end = p;
                    }
                    None => break,
                }
            }
            out.push(hay[..end].to_vec());
        }
        None => {
            let mut i = hay.len();
            loop {
                while i > 0 && is_space(hay[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if out.len() == max {
                    out.push(hay[..i].to_vec());
                    break;
                }
                let e = i;
                while i > 0 && !is_space(hay[i - 1]) {
                    i -= 1;
                }
                out.push(hay[i..e].to_vec());
            }
        }
    }
    out.reverse();
    out
}

/// `b.splitlines(keepends)`: line breaks are `\n`, `\r` and `\r\n` only.
pub fn splitlines(data: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = data.len();
    while i < n {
        let s = i;
        while i < n && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let e = i;
        if i < n {
            if data[i] == b'\r' && i + 1 < n && data[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
        }
        out.push(data[s..if keepends { i } else { e }].to_vec());
    }
    out
}

/// `center`/`ljust`/`rjust` (CPython's `pad`): `how` 0 center, 1 ljust, 2 rjust.
pub fn pad(data: &[u8], width: usize, fill: u8, how: u8) -> Vec<u8> {
    if width <= data.len() {
        return data.to_vec();
    }
    let marg = width - data.len();
    let left = match how {
        0 => marg / 2 + (marg & width & 1),
        1 => 0,
        _ => marg,
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(data);
    out.resize(width, fill);
    out
}

/// `b.zfill(width)`.
pub fn zfill(data: &[u8], width: usize) -> Vec<u8> {
    if width <= data.len() {
        return data.to_vec();
    }
    let mut out = pad(data, width, b'0', 2);
    let fill = width - data.len();
    if matches!(out.get(fill), Some(b'+' | b'-')) {
        out[0] = out[fill];
        out[fill] = b'0';
    }
    out
}

/// `strip` family: `which` 0 both ends, 1 left, 2 right; `chars` None = whitespace.
pub fn strip<'a>(data: &'a [u8], chars: Option<&[u8]>, which: u8) -> &'a [u8] {
    let drop = |c: u8| match chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let mut s = 0;
    let mut e = data.len();
    if which != 2 {
        while s < e && drop(data[s]) {
            s += 1;
        }
    }
    if which != 1 {
        while e > s && drop(data[e - 1]) {
            e -= 1;
        }
    }
    &data[s..e]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_roundtrip() {
        assert_eq!(hex(b"\x00\xffA"), "00ff41");
        assert_eq!(fromhex("00 ff41").unwrap(), b"\x00\xffA");
        assert!(fromhex("0g").is_err());
    }

    #[test]
    fn codecs() {
        assert_eq!(
            encode("é", Codec::Utf8, Errors::Strict).unwrap(),
            "é".as_bytes()
        );
        assert_eq!(encode("é", Codec::Latin1, Errors::Strict).unwrap(), b"\xe9");
        assert_eq!(
            encode("aé", Codec::Ascii, Errors::Strict).unwrap_err(),
            "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"
        );
        assert_eq!(
            decode(b"\xe9", Codec::Utf8, Errors::Strict).unwrap_err(),
            "'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data"
        );
        assert_eq!(
            decode(b"a\xff", Codec::Utf8, Errors::Strict).unwrap_err(),
            "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"
        );
        assert_eq!(
            decode(b"a\xffb", Codec::Utf8, Errors::Ignore).unwrap(),
            "ab"
        );
    }

    #[test]
    fn bytearray_growth_follows_cpython() {
        let mut b = ByteArrayObj::new(Vec::new());
        let mut sizes = Vec::new();
        for i in 0..9 {
            b.resize(i + 1);
            b.data.push(1);
            sizes.push(b.sizeof());
        }
        assert_eq!(sizes, [58, 61, 61, 61, 64, 64, 64, 68, 68]);
    }
}
