//! The single-byte (charmap) codecs for the native text layer: cp437, cp1252,
//! iso8859-7, koi8-r, mac-roman and the rest of CPython's `encodings` modules built
//! on `codecs.charmap_decode` with a 256-entry decoding table (the data is
//! `charmap_data.rs`). Files opened with such an encoding and source files declaring
//! one are decoded here; the `codecs` module's Python side has the same tables for
//! `str.encode` / `bytes.decode`. Errors read as CPython's charmap codec words them:
//! `'charmap' codec can't decode byte 0x81 in position 0: character maps to
//! <undefined>`.

use super::charmap_data::{ALIASES, TABLES};

/// One charmap codec: its decoding table, byte -> code point (0xFFFE: unmapped).
#[derive(Clone, Copy, Debug)]
pub struct Charmap {
    /// The `encodings` module name (`cp437`).
    pub module: &'static str,
    /// The CodecInfo name (`cp437`, `iso8859-7`, `mac-roman`).
    pub name: &'static str,
    table: &'static [u16; 256],
}

impl PartialEq for Charmap {
    fn eq(&self, other: &Charmap) -> bool {
        self.module == other.module
    }
}

/// What an unmapped byte or character is reported as.
pub const UNDEFINED: &str = "character maps to <undefined>";

/// The name the `encodings` search function tries: lower case, each run of
/// characters other than letters, digits and `.` one `_`, none at either end
/// (CPython's `encodings.normalize_encoding` after the codec registry's folding).
fn normalize(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The charmap codec an encoding name finds, through the aliases, or None.
pub fn lookup(name: &str) -> Option<Charmap> {
    let norm = normalize(name);
    let alias = |n: &str| {
        ALIASES
            .binary_search_by(|(a, _)| (*a).cmp(n))
            .ok()
            .map(|i| ALIASES[i].1)
    };
    let module = alias(&norm)
        .or_else(|| alias(&norm.replace('.', "_")))
        .unwrap_or(norm.as_str())
        .to_string();
    TABLES
        .iter()
        .find(|(m, _, _)| *m == module)
        .map(|(m, n, t)| Charmap {
            module: m,
            name: n,
            table: t,
        })
}

impl Charmap {
    /// The character byte `b` stands for, or None when it maps to nothing.
    pub fn decode_byte(&self, b: u8) -> Option<char> {
        match self.table[b as usize] {
            0xfffe => None,
            u => char::from_u32(u as u32),
        }
    }

    /// The byte that decodes to `c`, or None (the lowest one when several do, as
    /// CPython's encoding map, built by inverting the table, keeps the first).
    pub fn encode_char(&self, c: char) -> Option<u8> {
        let u = c as u32;
        if u == 0xfffe || u > 0xffff {
            return None;
        }
        self.table
            .iter()
            .position(|&x| x as u32 == u)
            .map(|i| i as u8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_aliases_find_the_table() {
        let c = lookup("CP437").unwrap();
        assert_eq!(c.name, "cp437");
        assert_eq!(lookup("IBM437").unwrap().module, "cp437");
        // "cp_437" is neither a module nor an alias (CPython refuses it too).
        assert!(lookup("CP-437").is_none());
        assert_eq!(lookup("437").unwrap().module, "cp437");
        assert_eq!(lookup("windows-1252").unwrap().name, "cp1252");
        assert_eq!(lookup("ISO-8859-7").unwrap().name, "iso8859-7");
        assert_eq!(lookup("latin9").unwrap().module, "iso8859_15");
        assert!(lookup("utf-8").is_none());
        assert!(lookup("nonesuch").is_none());
    }

    #[test]
    fn bytes_round_trip_and_gaps_are_undefined() {
        let c = lookup("cp1252").unwrap();
        assert_eq!(c.decode_byte(0x80), Some('\u{20ac}'));
        assert_eq!(c.encode_char('\u{20ac}'), Some(0x80));
        assert_eq!(c.decode_byte(0x81), None);
        assert_eq!(c.encode_char('\u{3042}'), None);
        assert_eq!(c.decode_byte(b'A'), Some('A'));
    }
}
