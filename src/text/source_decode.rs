//! Decoding of Python source bytes into text (PEP 263 and PEP 3120, CPython's
//! Parser/tokenizer.c `check_bom` and `check_coding_spec`): a UTF-8 byte-order mark
//! is dropped, a `coding[:=]name` comment on the first or second line names the
//! encoding, and UTF-8 is the default. Used for script files, imported modules and
//! the bytes given to `compile`/`exec`/`eval`. Plain data in, plain data out: the
//! callers turn a [`SourceDecodeError`] into their SyntaxError.

use super::charmap::{self, Charmap};
use super::codecs::{self, Codec, Errors};

/// Why source bytes could not be decoded, in the terms of the two messages CPython
/// has for each case (reading a file, or compiling bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceDecodeError {
    /// A BOM together with a declaration of another encoding (the normalised name).
    BomConflict(String),
    /// A declared encoding with no codec.
    UnknownEncoding(String),
    /// Undecodable bytes with no declaration: the first bad byte, its 1-based line,
    /// and the UTF-8 decoder's reason for the run of non-ASCII bytes it starts.
    NonUtf8 {
        byte: u8,
        line: usize,
        reason: &'static str,
    },
    /// Undecodable bytes in a declared encoding (the codec's message).
    Undecodable(String),
    /// Undecodable bytes in a declared single-byte encoding: CPython decodes the
    /// whole text with the codec first, so its message is the codec's as it is.
    Charmap(String),
}

impl SourceDecodeError {
    /// The message CPython's tokenizer gives when reading the file `path`.
    pub fn file_message(&self, path: &str) -> String {
        match self {
            SourceDecodeError::BomConflict(n) => format!("encoding problem: {n} with BOM"),
            SourceDecodeError::UnknownEncoding(n) => format!("encoding problem: {n}"),
            SourceDecodeError::NonUtf8 { byte, line, .. } => format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
            SourceDecodeError::Undecodable(m) | SourceDecodeError::Charmap(m) => m.clone(),
        }
    }

    /// The message for bytes given to `compile` (CPython's string tokenizer).
    pub fn string_message(&self) -> String {
        match self {
            SourceDecodeError::BomConflict(n) => format!("encoding problem: {n} with BOM"),
            SourceDecodeError::UnknownEncoding(n) => format!("unknown encoding: {n}"),
            // CPython decodes each token's bytes: the bad byte starts what it decodes.
            SourceDecodeError::NonUtf8 { byte, reason, .. } => format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position 0: {reason}"
            ),
            SourceDecodeError::Undecodable(m) => format!("(unicode error) {m}"),
            SourceDecodeError::Charmap(m) => m.clone(),
        }
    }
}

/// The source encodings mempy can decode.
enum SourceCodec {
    Builtin(Codec),
    /// A single-byte codec (cp1252, iso8859-15, koi8-r, ...).
    Charmap(Charmap),
}

/// CPython's `get_normal_name`: utf-8 and latin-1 spellings collapse to one name
/// (which is what the BOM conflict message shows); others stay as written.
fn normal_name(s: &str) -> String {
    let low: String = s
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if low == "utf-8" || low.starts_with("utf-8-") {
        return "utf-8".to_string();
    }
    for l in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if low == l || low.starts_with(&format!("{l}-")) {
            return "iso-8859-1".to_string();
        }
    }
    s.to_string()
}

/// The codec for a declared name, as the `encodings` package finds it (case
/// folded; runs of punctuation and spaces become `_`).
fn lookup(name: &str) -> Option<SourceCodec> {
    // Only the byte-oriented codecs: a UTF-16/32 declaration cannot be read by a
    // tokenizer that found it in ASCII bytes.
    match Codec::lookup(name) {
        Some(c @ (Codec::Utf8 | Codec::Ascii | Codec::Latin1)) => Some(SourceCodec::Builtin(c)),
        Some(_) => None,
        None => charmap::lookup(name).map(SourceCodec::Charmap),
    }
}

/// The declared encoding on one line: a comment whose text matches
/// `coding[:=][ \t]*([-\w.]+)` (PEP 263), or None.
fn coding_spec(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    let t = text.trim_start_matches([' ', '\t', '\x0c']);
    if !t.starts_with('#') {
        return None;
    }
    let mut rest = t;
    while let Some(i) = rest.find("coding") {
        let after = &rest[i + 6..];
        if let Some(a) = after.strip_prefix([':', '=']) {
            let a = a.trim_start_matches([' ', '\t']);
            let name: String = a
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .collect();
            if !name.is_empty() {
                return Some(name);
            }
        }
        rest = after;
    }
    None
}

/// Whether a line holds only whitespace or a comment (then the declaration may be
/// on the next line).
fn blank_or_comment(line: &[u8]) -> bool {
    let t: Vec<u8> = line
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c'))
        .collect();
    t.is_empty() || t[0] == b'#' || t[0] == b'\n' || t[0] == b'\r'
}

/// Whether source bytes start with a UTF-8 BOM or declare their encoding on the
/// first or second line (PEP 263). CPython's string tokenizer then reports
/// SyntaxError columns in characters of the decoded text; otherwise in UTF-8 bytes.
pub fn declares_encoding(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        return true;
    }
    let mut lines = bytes.split_inclusive(|&b| b == b'\n');
    let first = lines.next().unwrap_or(&[]);
    coding_spec(first).is_some()
        || (blank_or_comment(first) && lines.next().and_then(coding_spec).is_some())
}

/// Decodes source `bytes` into text.
pub fn decode_source(bytes: &[u8]) -> Result<String, SourceDecodeError> {
    let (bom, data) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let mut lines = data.split_inclusive(|&b| b == b'\n');
    let first = lines.next().unwrap_or(&[]);
    let declared = coding_spec(first).or_else(|| {
        if blank_or_comment(first) {
            lines.next().and_then(coding_spec)
        } else {
            None
        }
    });
    let codec = match declared {
        None => None,
        Some(name) => {
            let norm = normal_name(&name);
            if bom && norm != "utf-8" {
                return Err(SourceDecodeError::BomConflict(norm));
            }
            match lookup(&norm) {
                Some(c) => Some(c),
                None => return Err(SourceDecodeError::UnknownEncoding(norm)),
            }
        }
    };
    match codec {
        None | Some(SourceCodec::Builtin(Codec::Utf8)) => match std::str::from_utf8(data) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let at = e.valid_up_to();
                if codec.is_some() {
                    let err = codecs::decode(data, Codec::Utf8, Errors::Strict).err();
                    return Err(SourceDecodeError::Undecodable(
                        err.map_or_else(String::new, |e| e.message),
                    ));
                }
                Err(non_utf8(data, at))
            }
        },
        Some(SourceCodec::Charmap(m)) => {
            let mut s = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                match m.decode_byte(b) {
                    Some(c) => s.push(c),
                    None => {
                        return Err(SourceDecodeError::Charmap(format!(
                            "'charmap' codec can't decode byte 0x{b:02x} in position {i}: {}",
                            charmap::UNDEFINED
                        )))
                    }
                }
            }
            Ok(s)
        }
        Some(SourceCodec::Builtin(c)) => match codecs::decode(data, c, Errors::Strict) {
            Ok((s, _)) => Ok(s),
            Err(e) => Err(SourceDecodeError::Undecodable(e.message)),
        },
    }
}

/// The error for the invalid UTF-8 at `at` of `data`.
fn non_utf8(data: &[u8], at: usize) -> SourceDecodeError {
    let line = 1 + data[..at].iter().filter(|&&b| b == b'\n').count();
    // The run of non-ASCII bytes from `at`, decoded alone (the token's text).
    let end = data[at..]
        .iter()
        .position(|&b| b < 0x80)
        .map_or(data.len(), |k| at + k);
    let reason = match std::str::from_utf8(&data[at..end]) {
        Err(e) if e.error_len().is_none() => "unexpected end of data",
        _ if (0xc2..=0xf4).contains(&data[at]) => "invalid continuation byte",
        _ => "invalid start byte",
    };
    SourceDecodeError::NonUtf8 {
        byte: data[at],
        line,
        reason,
    }
}

/// Whether offset `at` of `data` is inside a comment: a `#` earlier on its line with
/// no quote before it (a good enough reading of the tokenizer's view for text that
/// is not decodable anyway).
fn in_comment(data: &[u8], at: usize) -> bool {
    let start = data[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |k| k + 1);
    let line = &data[start..at];
    match line.iter().position(|&b| b == b'#') {
        Some(h) => !line[..h].iter().any(|&b| b == b'"' || b == b'\''),
        None => false,
    }
}

/// `decode_source` for bytes given to `compile` and for imported modules (which
/// importlib compiles from bytes): undeclared invalid UTF-8 inside comments is
/// harmless there (the tokenizer skips comments undecoded), anywhere else it is the
/// error of the token holding it.
pub fn decode_source_bytes(bytes: &[u8]) -> Result<String, SourceDecodeError> {
    match decode_source(bytes) {
        Err(SourceDecodeError::NonUtf8 { .. }) => {
            let data = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
            let mut at = 0;
            while at < data.len() {
                match std::str::from_utf8(&data[at..]) {
                    Ok(_) => break,
                    Err(e) => {
                        let bad = at + e.valid_up_to();
                        if !in_comment(data, bad) {
                            return Err(non_utf8(data, bad));
                        }
                        at = bad + e.error_len().unwrap_or(data.len() - bad);
                    }
                }
            }
            Ok(String::from_utf8_lossy(data).into_owned())
        }
        r => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_declarations() {
        assert_eq!(decode_source(b"\xef\xbb\xbfx = 1\n").unwrap(), "x = 1\n");
        assert_eq!(
            decode_source(b"# -*- coding: latin-1 -*-\ns = '\xe4'\n").unwrap(),
            "# -*- coding: latin-1 -*-\ns = '\u{e4}'\n"
        );
        assert_eq!(
            decode_source(b"#!/usr/bin/env python\n# coding=latin9\n'\xa4'\n").unwrap(),
            "#!/usr/bin/env python\n# coding=latin9\n'\u{20ac}'\n"
        );
        // A declaration on line 3, or after code on line 1, does not count.
        assert!(matches!(
            decode_source(b"x = 1\n# coding: latin-1\n'\xe4'\n"),
            Err(SourceDecodeError::NonUtf8 {
                byte: 0xe4,
                line: 3,
                ..
            })
        ));
        assert_eq!(
            decode_source(b"\xef\xbb\xbf# coding: latin-1\n"),
            Err(SourceDecodeError::BomConflict("iso-8859-1".into()))
        );
        assert_eq!(
            decode_source(b"# coding: foobar\n"),
            Err(SourceDecodeError::UnknownEncoding("foobar".into()))
        );
        assert_eq!(
            decode_source_bytes(b"# \xe4\nx = 1\n").unwrap(),
            "# \u{fffd}\nx = 1\n"
        );
        assert!(decode_source_bytes(b"x = '\x80'\n").is_err());
    }
}
