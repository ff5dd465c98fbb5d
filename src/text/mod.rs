//! Pure-text helpers of mempy: number <-> text conversion, the format-spec
//! mini-language, printf-style `%` formatting, `str.format` template parsing, the
//! `str` and `bytes` methods and the codecs. Nothing here knows about the
//! interpreter heap; every function takes and returns plain Rust data, and errors
//! are CPython's exception messages (see [`error_kind`] for the exception class).

pub mod bytes_methods;
pub mod charmap;
mod charmap_data;
pub mod codecs;
pub mod complex_text;
pub mod float_hex;
pub mod float_repr;
pub mod format_spec;
pub mod int_text;
pub mod normalization;
pub mod percent;
pub mod source_decode;
pub mod str_format;
pub mod str_methods;
pub mod surrogates;
pub mod ucd_tables;
mod unicode_tables;
pub mod unicodedata_tables;

/// The Python exception class an error message from this module belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
}

/// Classify an `Err(String)` returned by this module. The functions keep the
/// plain `String` error type; the few non-`ValueError` messages are
/// recognisable by their (CPython-exact) text.
pub fn error_kind(msg: &str) -> ErrorKind {
    const OVERFLOW: &[&str] = &[
        "%c arg not in range",
        "int too large to convert to float",
        "cannot convert float infinity to integer",
        "Python int too large",
        "too many decimal digits",
    ];
    const TYPE: &[&str] = &[
        "not enough arguments for format string",
        "not all arguments converted",
        "format: a real number is required",
        "format: an integer is required",
        "%c requires int or char",
        "* wants int",
        "must be real number",
        "format requires a mapping",
    ];
    if OVERFLOW.iter().any(|p| msg.starts_with(p)) {
        ErrorKind::OverflowError
    } else if TYPE.iter().any(|p| msg.contains(p)) {
        ErrorKind::TypeError
    } else {
        ErrorKind::ValueError
    }
}

/// `repr(b)` of bytes content (CPython's `PyBytes_Repr`): `b'...'`, double quotes only
/// when the content has a `'` and no `"`.
pub fn bytes_repr(data: &[u8]) -> String {
    bytes_repr_impl(data, false)
}

/// The `b'...'` part of `repr(bytearray)` (CPython's `bytearray_repr`): the same
/// choice of quotes, but a `'` is escaped even inside double quotes.
pub fn bytearray_repr(data: &[u8]) -> String {
    bytes_repr_impl(data, true)
}

fn bytes_repr_impl(data: &[u8], escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote || escape_single && c == b'\'' => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => {
                out.push_str(&format!("\\x{:02x}", c));
            }
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}

/// The character a Unicode name or name alias stands for, in any letter case, as
/// CPython's `\N{...}` escape and `unicodedata.lookup` find it (the names, aliases and
/// the algorithmic CJK and Hangul names come from the `unicode_names2` tables).
pub fn char_by_name(name: &str) -> Option<char> {
    unicode_names2::character(name)
}

/// The value of the run of `table` (sorted `(first, last, value)` runs) holding code
/// point `cp`, with the run's first code point; None outside every run.
pub(crate) fn run_value(table: &[(u32, u32, u8)], cp: u32) -> Option<(u32, u8)> {
    let i = table.partition_point(|&(_, last, _)| last < cp);
    match table.get(i) {
        Some(&(first, _, v)) if first <= cp => Some((first, v)),
        _ => None,
    }
}

/// The columns `text` takes on a fixed-width terminal as CPython 3.11's tracebacks
/// count them (`traceback._display_width`): two for a character whose
/// `east_asian_width` is Wide or Fullwidth, one for any other.
pub fn display_width(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    let t = unicodedata_tables::EAST_ASIAN_WIDTH;
    let names = unicodedata_tables::EAST_ASIAN_WIDTH_NAMES;
    text.chars()
        .map(|c| {
            let v = run_value(t, c as u32)
                .map_or(unicodedata_tables::EAST_ASIAN_WIDTH_DEFAULT, |(_, v)| v);
            if matches!(names[v as usize], "W" | "F") {
                2
            } else {
                1
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(bytes_repr(b""), "b''");
        assert_eq!(bytes_repr(b"abc"), "b'abc'");
        assert_eq!(bytes_repr(b"a\x00'\""), "b'a\\x00\\'\"'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"\t\n\r\\"), "b'\\t\\n\\r\\\\'");
        assert_eq!(bytes_repr(b"\x7f\xff\x1f"), "b'\\x7f\\xff\\x1f'");
    }

    #[test]
    fn display_width_counts_wide_characters_twice() {
        assert_eq!(display_width("abc"), 3);
        assert_eq!(display_width("说明 x"), 6);
        assert_eq!(display_width("şç"), 2);
        assert_eq!(display_width("🐍"), 2);
    }
}
