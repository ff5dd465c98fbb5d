//! The codecs mempy knows (utf-8, ascii, latin-1, utf-16, utf-32) and their error
//! handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
//! surrogateescape, surrogatepass; Python/codecs.c), with CPython's UnicodeEncodeError and UnicodeDecodeError
//! messages (after Objects/unicodeobject.c and Python/codecs.c): `str.encode`,
//! `bytes.decode` and `str(b, encoding)` on plain Rust data. The argument handling
//! is in `runtime/types/str/codec.rs`.

/// The codecs mempy knows, by CPython's normalized name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 in the given byte order; `Bom` writes a byte-order mark and reads one
    /// when present (little-endian otherwise, the machine's order).
    Utf16(Order),
    /// UTF-32, as UTF-16.
    Utf32(Order),
    /// `unicode_escape`: Python's string-literal escapes over latin-1 bytes.
    UnicodeEscape,
    /// `raw_unicode_escape`: only `\uXXXX` and `\UXXXXXXXX` escapes, latin-1 else.
    RawUnicodeEscape,
}

/// The byte order of the UTF-16/UTF-32 codecs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    Bom,
    Le,
    Be,
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
            "utf_16" | "utf16" | "u16" => Some(Codec::Utf16(Order::Bom)),
            "utf_16_le" | "utf_16le" => Some(Codec::Utf16(Order::Le)),
            "utf_16_be" | "utf_16be" => Some(Codec::Utf16(Order::Be)),
            "utf_32" | "utf32" | "u32" => Some(Codec::Utf32(Order::Bom)),
            "utf_32_le" | "utf_32le" => Some(Codec::Utf32(Order::Le)),
            "utf_32_be" | "utf_32be" => Some(Codec::Utf32(Order::Be)),
            "unicode_escape" => Some(Codec::UnicodeEscape),
            "raw_unicode_escape" => Some(Codec::RawUnicodeEscape),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Order::Bom) => "utf-16",
            Codec::Utf16(Order::Le) => "utf-16-le",
            Codec::Utf16(Order::Be) => "utf-16-be",
            Codec::Utf32(Order::Bom) => "utf-32",
            Codec::Utf32(Order::Le) => "utf-32-le",
            Codec::Utf32(Order::Be) => "utf-32-be",
            // The names the escape codecs' errors give.
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }
}

/// An error handler for the codecs (CPython's built-in ones but `namereplace`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    /// Undecodable bytes 0x80..0xFF become U+DC80..U+DCFF, and back when encoding.
    SurrogateEscape,
    /// The UTF codecs write and read surrogates as if they were characters.
    SurrogatePass,
}

impl Errors {
    pub fn lookup(name: &str) -> Option<Errors> {
        match name {
            "strict" => Some(Errors::Strict),
            "ignore" => Some(Errors::Ignore),
            "replace" => Some(Errors::Replace),
            "backslashreplace" => Some(Errors::BackslashReplace),
            "xmlcharrefreplace" => Some(Errors::XmlCharRefReplace),
            "surrogateescape" => Some(Errors::SurrogateEscape),
            "surrogatepass" => Some(Errors::SurrogatePass),
            _ => None,
        }
    }
}

/// The TypeError message of an encode-only handler used for decoding.
pub const DECODE_HANDLER_TYPE_ERROR: &str =
    "don't know how to handle UnicodeDecodeError in error callback";

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point (backslashreplace, and how
/// UnicodeEncodeError names one character).
fn escape_cp(c: u32) -> String {
    if c <= 0xff {
        format!("\\x{:02x}", c)
    } else if c <= 0xffff {
        format!("\\u{:04x}", c)
    } else {
        format!("\\U{:08x}", c)
    }
}

/// Why an encode or decode failed: the exception's message and, for a
/// UnicodeEncodeError or UnicodeDecodeError, the members it carries besides the
/// object (which the caller has: the str encoded, the bytes decoded).
#[derive(Debug, Clone, PartialEq)]
pub struct CodecError {
    pub message: String,
    /// None for `DECODE_HANDLER_TYPE_ERROR` (a TypeError) and
    /// `surrogates::MIXED` (a ValueError).
    pub unicode: Option<UnicodeSpan>,
}

/// The `encoding`, `start`, `end` and `reason` of a UnicodeEncodeError (`start`
/// and `end` count code points of the text) or UnicodeDecodeError (bytes).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnicodeSpan {
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

impl CodecError {
    /// An error that is not a Unicode error (its message says which).
    fn other(message: &str) -> CodecError {
        CodecError {
            message: message.to_string(),
            unicode: None,
        }
    }
}

impl std::fmt::Display for CodecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// The UnicodeEncodeError for code points `start..end` of `cps`.
fn encode_error(
    name: &'static str,
    cps: &[u32],
    start: usize,
    end: usize,
    reason: &'static str,
) -> CodecError {
    let message = encode_message(name, cps, start, end, reason);
    unicode_error(name, start, end, reason, message)
}

/// A codec error carrying the UnicodeError fields (`encoding`, `start`, `end`,
/// `reason`) beside its message.
fn unicode_error(
    encoding: &'static str,
    start: usize,
    end: usize,
    reason: &'static str,
    message: String,
) -> CodecError {
    CodecError {
        message,
        unicode: Some(UnicodeSpan {
            encoding,
            start,
            end,
            reason,
        }),
    }
}

/// The UnicodeEncodeError message for code points `start..end` of `cps`.
fn encode_message(name: &str, cps: &[u32], start: usize, end: usize, reason: &str) -> String {
    let what = if end - start == 1 {
        format!(
            "character '{}' in position {}",
            escape_cp(cps[start]),
            start
        )
    } else {
        format!("characters in position {}-{}", start, end - 1)
    };
    format!("'{}' codec can't encode {}: {}", name, what, reason)
}

/// `str.encode` of text whose stand-ins are surrogates when `flagged` (see
/// `text::surrogates`): Err is a UnicodeEncodeError.
pub fn encode(s: &str, flagged: bool, codec: Codec, errors: Errors) -> Result<Vec<u8>, CodecError> {
    if !flagged {
        match codec {
            Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
            // Every character of a str has a UTF-16/UTF-32 form.
            Codec::Utf16(order) => return Ok(encode_wide(s, order, false)),
            Codec::Utf32(order) => return Ok(encode_wide(s, order, true)),
            Codec::Ascii | Codec::Latin1 | Codec::UnicodeEscape | Codec::RawUnicodeEscape => {}
        }
    }
    let cps: Vec<u32> = crate::text::surrogates::code_points(s, flagged).collect();
    if let Codec::UnicodeEscape | Codec::RawUnicodeEscape = codec {
        // Every code point has an escaped form: these encoders never fail.
        return Ok(encode_escaped(&cps, codec == Codec::RawUnicodeEscape));
    }
    let is_surrogate = crate::text::surrogates::is_surrogate;
    let (limit, reason) = match codec {
        Codec::Ascii => (0x80, "ordinal not in range(128)"),
        Codec::Latin1 => (0x100, "ordinal not in range(256)"),
        _ => (0x110000, "surrogates not allowed"),
    };
    let encodable = |c: u32| c < limit && (limit < 0x110000 || !is_surrogate(c));
    let (wide, unit4) = match codec {
        Codec::Utf16(_) => (true, false),
        Codec::Utf32(_) => (true, true),
        _ => (false, false),
    };
    let be = matches!(codec, Codec::Utf16(Order::Be) | Codec::Utf32(Order::Be));
    // Writes one code unit of the codec (a surrogate too, for surrogatepass).
    let put_unit = |out: &mut Vec<u8>, u: u32| {
        if unit4 {
            out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
        } else {
            let u = u as u16;
            out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
    };
    // Writes a code point the codec can encode (or a surrogate, for surrogatepass).
    let put = |out: &mut Vec<u8>, c: u32| match codec {
        Codec::Ascii | Codec::Latin1 => out.push(c as u8),
        Codec::Utf8 => {
            if is_surrogate(c) {
                out.extend_from_slice(&[
                    0xe0 | (c >> 12) as u8,
                    0x80 | ((c >> 6) & 0x3f) as u8,
                    0x80 | (c & 0x3f) as u8,
                ]);
            } else {
                let mut b = [0u8; 4];
                let ch = char::from_u32(c).unwrap_or('\u{fffd}');
                out.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
            }
        }
        _ if !unit4 && c >= 0x10000 => {
            let v = c - 0x10000;
            put_unit(out, 0xd800 + (v >> 10));
            put_unit(out, 0xdc00 + (v & 0x3ff));
        }
        _ => put_unit(out, c),
    };
    let mut out = Vec::with_capacity(cps.len() + 4);
    if matches!(codec, Codec::Utf16(Order::Bom) | Codec::Utf32(Order::Bom)) {
        put_unit(&mut out, 0xfeff);
    }
    let name = codec.name();
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if encodable(c) {
            put(&mut out, c);
            i += 1;
            continue;
        }
        // CPython hands the error handler the whole run of unencodable characters
        // (the UTF-16/32 encoders one character at a time).
        let mut end = i + 1;
        if !wide {
            while end < cps.len() && !encodable(cps[end]) {
                end += 1;
            }
        }
        match errors {
            Errors::Strict => return Err(encode_error(name, &cps, i, end, reason)),
            Errors::Ignore => {}
            Errors::Replace => (i..end).for_each(|_| put(&mut out, b'?' as u32)),
            Errors::BackslashReplace => {
                for &c in &cps[i..end] {
                    escape_cp(c).bytes().for_each(|b| put(&mut out, b as u32));
                }
            }
            Errors::XmlCharRefReplace => {
                for &c in &cps[i..end] {
                    format!("&#{};", c)
                        .bytes()
                        .for_each(|b| put(&mut out, b as u32));
                }
            }
            Errors::SurrogateEscape => {
                // Only U+DC80..U+DCFF go back to bytes, and only as bytes of a
                // byte-oriented codec; the rest of the run is an error.
                let mut k = i;
                while !wide && k < end && (0xdc80..=0xdcff).contains(&cps[k]) {
                    out.push((cps[k] - 0xdc00) as u8);
                    k += 1;
                }
                if k < end {
                    return Err(encode_error(name, &cps, k, end, reason));
                }
            }
            Errors::SurrogatePass => {
                if limit < 0x110000 {
                    return Err(encode_error(name, &cps, i, end, reason));
                }
                // The UTF codecs' runs are all surrogates.
                cps[i..end].iter().for_each(|&c| put(&mut out, c));
            }
        }
        i = end;
    }
    Ok(out)
}

/// `unicode_escape` (or, `raw`, `raw_unicode_escape`) bytes of code points `cps`
/// (CPython's `PyUnicode_AsUnicodeEscapeString` and its raw variant): `\U` for
/// the astral planes, `\u` from U+0100, and below that, for the non-raw codec,
/// `\\`, `\t`, `\n`, `\r`, printable ASCII as itself and `\xhh` for the rest.
fn encode_escaped(cps: &[u32], raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(cps.len());
    for &c in cps {
        let piece = if c >= 0x10000 {
            format!("\\U{c:08x}")
        } else if c >= 0x100 {
            format!("\\u{c:04x}")
        } else if raw {
            out.push(c as u8);
            continue;
        } else {
            match c {
                0x5c => "\\\\".to_string(),
                0x09 => "\\t".to_string(),
                0x0a => "\\n".to_string(),
                0x0d => "\\r".to_string(),
                0x20..=0x7e => {
                    out.push(c as u8);
                    continue;
                }
                _ => format!("\\x{c:02x}"),
            }
        };
        out.extend_from_slice(piece.as_bytes());
    }
    out
}

/// `unicode_escape` / `raw_unicode_escape` bytes to text (CPython's
/// `_PyUnicode_DecodeUnicodeEscapeInternal`, `PyUnicode_DecodeRawUnicodeEscape`):
/// bytes stand for their latin-1 characters, escapes for what a str literal's
/// would (the raw codec knows only `\u` and `\U`; other backslashes stay). An
/// unknown escape keeps its backslash; the first one's character goes to `invalid`
/// (CPython's `first_invalid_escape`, which `unicode_escape` warns about).
fn decode_escaped(
    data: &[u8],
    raw: bool,
    errors: Errors,
    invalid: &mut Option<u8>,
) -> Result<(String, bool), CodecError> {
    let name = if raw {
        "rawunicodeescape"
    } else {
        "unicodeescape"
    };
    let mut out = Out::with_capacity(data.len());
    let mut i = 0;
    let hex = |b: u8| (b as char).to_digit(16);
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(b as char);
            i += 1;
            continue;
        }
        if raw {
            // Only an odd run of backslashes before `u`/`U` makes an escape; the
            // others stand for themselves.
            let run = data[i..].iter().take_while(|&&c| c == b'\\').count();
            let escape = run % 2 == 1 && matches!(data.get(i + run), Some(b'u' | b'U'));
            let plain = if escape { run - 1 } else { run };
            (0..plain).for_each(|_| out.push('\\'));
            i += plain;
            if !escape {
                continue;
            }
        }
        let start = i;
        let Some(&e) = data.get(i + 1) else {
            decode_handle(
                &mut out,
                errors,
                name,
                data,
                start,
                data.len(),
                "\\ at end of string",
            )?;
            break;
        };
        i += 2;
        let simple = match e {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(c) = simple {
            if let Some(c) = c {
                out.push(c);
            }
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match data.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                let mut got = 0;
                while got < n {
                    match data.get(i).and_then(|&d| hex(d)) {
                        Some(d) => {
                            v = v * 16 + d;
                            i += 1;
                            got += 1;
                        }
                        None => break,
                    }
                }
                if got < n {
                    decode_handle(&mut out, errors, name, data, start, i, what)?;
                    continue;
                }
                if crate::text::surrogates::is_surrogate(v) {
                    out.push_surrogate(v);
                } else if let Some(ch) = char::from_u32(v) {
                    out.push(ch);
                } else {
                    let what = if raw {
                        "\\Uxxxxxxxx out of range"
                    } else {
                        "illegal Unicode character"
                    };
                    decode_handle(&mut out, errors, name, data, start, i, what)?;
                }
            }
            b'N' => {
                // `\N{name}`: a character name or alias.
                let malformed = "malformed \\N character escape";
                if data.get(i) != Some(&b'{') {
                    decode_handle(&mut out, errors, name, data, start, i, malformed)?;
                    continue;
                }
                let open = i + 1;
                let close = data[open..]
                    .iter()
                    .position(|&c| c == b'}')
                    .map(|p| open + p);
                let Some(close) = close.filter(|&c| c > open) else {
                    let end = close.unwrap_or(data.len()).max(open);
                    decode_handle(&mut out, errors, name, data, start, end, malformed)?;
                    i = end;
                    continue;
                };
                let text: String = data[open..close].iter().map(|&c| c as char).collect();
                i = close + 1;
                match crate::text::char_by_name(&text) {
                    Some(ch) => out.push(ch),
                    None => {
                        let msg = "unknown Unicode character name";
                        decode_handle(&mut out, errors, name, data, start, i, msg)?;
                    }
                }
            }
            other => {
                // Kept with its backslash.
                invalid.get_or_insert(other);
                out.push('\\');
                out.push(other as char);
            }
        }
    }
    out.finish()
}

/// What a decoder writes: text with surrogates as stand-ins (`text::surrogates`),
/// remembering whether it wrote a surrogate or a real stand-in character (a string
/// mempy cannot hold needs both).
struct Out {
    s: String,
    surrogates: bool,
    real_stand_ins: bool,
}

impl Out {
    fn with_capacity(n: usize) -> Out {
        Out {
            s: String::with_capacity(n),
            surrogates: false,
            real_stand_ins: false,
        }
    }

    fn push(&mut self, c: char) {
        self.real_stand_ins |= crate::text::surrogates::is_stand_in(c);
        self.s.push(c);
    }

    fn push_str(&mut self, t: &str) {
        self.real_stand_ins |= crate::text::surrogates::has_stand_in(t);
        self.s.push_str(t);
    }

    fn push_surrogate(&mut self, c: u32) {
        self.surrogates |= crate::text::surrogates::push_code_point(&mut self.s, c);
    }

    fn finish(self) -> Result<(String, bool), CodecError> {
        if self.surrogates && self.real_stand_ins {
            return Err(CodecError::other(crate::text::surrogates::MIXED));
        }
        Ok((self.s, self.surrogates))
    }
}

/// The UnicodeDecodeError for bytes `start..end` of `data`.
fn decode_error(
    name: &'static str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &'static str,
) -> CodecError {
    let message = decode_message(name, data, start, end, reason);
    unicode_error(name, start, end, reason, message)
}

/// The UnicodeDecodeError message for bytes `start..end` of `data`.
fn decode_message(name: &str, data: &[u8], start: usize, end: usize, reason: &str) -> String {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {}", data[start], start)
    } else {
        format!("bytes in position {}-{}", start, end - 1)
    };
    format!("'{}' codec can't decode {}: {}", name, what, reason)
}

/// Applies `errors` to the undecodable bytes `start..end` of `data` (all handlers
/// but surrogatepass, which the decoders try first).
fn decode_handle(
    out: &mut Out,
    errors: Errors,
    name: &'static str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &'static str,
) -> Result<(), CodecError> {
    match errors {
        Errors::Strict | Errors::SurrogatePass => Err(decode_error(name, data, start, end, reason)),
        Errors::XmlCharRefReplace => Err(CodecError::other(DECODE_HANDLER_TYPE_ERROR)),
        Errors::Ignore => Ok(()),
        Errors::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Errors::BackslashReplace => {
            for &b in &data[start..end] {
                out.push_str(&format!("\\x{:02x}", b));
            }
            Ok(())
        }
        Errors::SurrogateEscape => {
            // Bytes below 0x80 cannot be escaped: the error stands.
            if data[start..end].iter().any(|&b| b < 0x80) {
                return Err(decode_error(name, data, start, end, reason));
            }
            for &b in &data[start..end] {
                out.push_surrogate(0xdc00 + b as u32);
            }
            Ok(())
        }
    }
}

/// `unicode_escape` decoding as `decode`, with the character of the first unknown
/// escape (`\\q`), for the DeprecationWarning CPython issues about it.
pub fn decode_unicode_escape(
    data: &[u8],
    errors: Errors,
) -> Result<(String, bool, Option<u8>), CodecError> {
    let mut invalid = None;
    let (s, flagged) = decode_escaped(data, false, errors, &mut invalid)?;
    Ok((s, flagged, invalid))
}

/// `bytes.decode`: the text, with surrogates (from surrogateescape/surrogatepass)
/// as stand-ins, and whether it holds any (see `text::surrogates`). Err is
/// a UnicodeDecodeError, but `DECODE_HANDLER_TYPE_ERROR` (a TypeError) and
/// `surrogates::MIXED` (a ValueError).
pub fn decode(data: &[u8], codec: Codec, errors: Errors) -> Result<(String, bool), CodecError> {
    match codec {
        Codec::Utf16(order) => decode_utf16(data, order, errors),
        Codec::Utf32(order) => decode_utf32(data, order, errors),
        Codec::Latin1 => Ok((data.iter().map(|&b| b as char).collect(), false)),
        Codec::UnicodeEscape => decode_escaped(data, false, errors, &mut None),
        Codec::RawUnicodeEscape => decode_escaped(data, true, errors, &mut None),
        Codec::Ascii => {
            let mut out = Out::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                } else {
                    let reason = "ordinal not in range(128)";
                    decode_handle(&mut out, errors, "ascii", data, i, i + 1, reason)?;
                }
            }
            out.finish()
        }
        Codec::Utf8 => match std::str::from_utf8(data) {
            Ok(s) => Ok((s.to_string(), false)),
            Err(_) if errors == Errors::Replace => {
                Ok((String::from_utf8_lossy(data).into_owned(), false))
            }
            Err(_) => {
                let mut out = Out::with_capacity(data.len());
                let mut pos = 0;
                loop {
                    let rest = &data[pos..];
                    match std::str::from_utf8(rest) {
                        Ok(s) => {
                            out.push_str(s);
                            return out.finish();
                        }
                        Err(e) => {
                            let good = e.valid_up_to();
                            out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                            let at = &rest[good..];
                            // surrogatepass: ED A0..BF 80..BF is a surrogate's form.
                            if errors == Errors::SurrogatePass
                                && at.len() >= 3
                                && at[0] == 0xed
                                && (0xa0..=0xbf).contains(&at[1])
                                && (0x80..=0xbf).contains(&at[2])
                            {
                                let c =
                                    0xd000 | ((at[1] as u32 & 0x3f) << 6) | (at[2] as u32 & 0x3f);
                                out.push_surrogate(c);
                                pos += good + 3;
                                continue;
                            }
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
                            let start = pos + good;
                            decode_handle(
                                &mut out,
                                errors,
                                "utf-8",
                                data,
                                start,
                                start + n,
                                reason,
                            )?;
                            pos = start + n;
                        }
                    }
                }
            }
        },
    }
}

/// UTF-16 (`wide` false) or UTF-32 (`wide` true) bytes of `s`; with `Order::Bom`, a
/// little-endian byte-order mark first.
fn encode_wide(s: &str, order: Order, wide: bool) -> Vec<u8> {
    let unit = if wide { 4 } else { 2 };
    let mut out = Vec::with_capacity((s.len() + 1) * unit);
    let be = order == Order::Be;
    let put = |u: u32, out: &mut Vec<u8>| {
        if wide {
            out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
        } else {
            let u = u as u16;
            out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
    };
    if order == Order::Bom {
        put(0xfeff, &mut out);
    }
    for c in s.chars() {
        if wide {
            put(c as u32, &mut out);
        } else {
            let mut buf = [0u16; 2];
            for &u in c.encode_utf16(&mut buf).iter() {
                put(u as u32, &mut out);
            }
        }
    }
    out
}

/// The byte order a `Bom` decoder reads with, and how many bytes of mark to skip.
fn read_order(data: &[u8], order: Order, wide: bool) -> (bool, usize) {
    match order {
        Order::Le => (false, 0),
        Order::Be => (true, 0),
        Order::Bom if wide && data.starts_with(b"\xff\xfe\x00\x00") => (false, 4),
        Order::Bom if wide && data.starts_with(b"\x00\x00\xfe\xff") => (true, 4),
        Order::Bom if !wide && data.starts_with(b"\xff\xfe") => (false, 2),
        Order::Bom if !wide && data.starts_with(b"\xfe\xff") => (true, 2),
        Order::Bom => (false, 0),
    }
}

/// UTF-16 bytes to text (CPython's `PyUnicode_DecodeUTF16Stateful`, final): a
/// trailing odd byte is "truncated data", a high surrogate at the end "unexpected
/// end of data", one followed by anything but a low surrogate "illegal UTF-16
/// surrogate", a lone low surrogate "illegal encoding".
fn decode_utf16(data: &[u8], order: Order, errors: Errors) -> Result<(String, bool), CodecError> {
    let (be, skip) = read_order(data, order, false);
    let name = if be { "utf-16-be" } else { "utf-16-le" };
    let unit = |i: usize| -> u16 {
        let b = [data[i], data[i + 1]];
        if be {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        }
    };
    let mut out = Out::with_capacity(data.len() / 2);
    let mut i = skip;
    while i + 1 < data.len() {
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            i += 2;
        } else if errors == Errors::SurrogatePass
            && (u >= 0xdc00 || i + 3 >= data.len() || !(0xdc00..0xe000).contains(&unit(i + 2)))
        {
            // A lone surrogate unit passes as the surrogate.
            out.push_surrogate(u as u32);
            i += 2;
        } else if u >= 0xdc00 {
            decode_handle(&mut out, errors, name, data, i, i + 2, "illegal encoding")?;
            i += 2;
        } else if i + 3 >= data.len() {
            // A high surrogate with no complete unit after it.
            let end = data.len();
            decode_handle(
                &mut out,
                errors,
                name,
                data,
                i,
                end,
                "unexpected end of data",
            )?;
            return out.finish();
        } else {
            let lo = unit(i + 2);
            if (0xdc00..0xe000).contains(&lo) {
                let c = 0x10000 + (((u as u32) - 0xd800) << 10) + (lo as u32 - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                i += 4;
            } else {
                decode_handle(
                    &mut out,
                    errors,
                    name,
                    data,
                    i,
                    i + 2,
                    "illegal UTF-16 surrogate",
                )?;
                i += 2;
            }
        }
    }
    if i < data.len() {
        decode_handle(
            &mut out,
            errors,
            name,
            data,
            i,
            data.len(),
            "truncated data",
        )?;
    }
    out.finish()
}

/// UTF-32 bytes to text (CPython's `PyUnicode_DecodeUTF32Stateful`, final).
fn decode_utf32(data: &[u8], order: Order, errors: Errors) -> Result<(String, bool), CodecError> {
    let (be, skip) = read_order(data, order, true);
    let name = if be { "utf-32-be" } else { "utf-32-le" };
    let mut out = Out::with_capacity(data.len() / 4);
    let mut i = skip;
    while i + 3 < data.len() {
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let c = if be {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        };
        if (0xd800..0xe000).contains(&c) && errors == Errors::SurrogatePass {
            out.push_surrogate(c);
        } else if (0xd800..0xe000).contains(&c) {
            let reason = "code point in surrogate code point range(0xd800, 0xe000)";
            decode_handle(&mut out, errors, name, data, i, i + 4, reason)?;
        } else if let Some(ch) = char::from_u32(c) {
            out.push(ch);
        } else {
            let reason = "code point not in range(0x110000)";
            decode_handle(&mut out, errors, name, data, i, i + 4, reason)?;
        }
        i += 4;
    }
    if i < data.len() {
        decode_handle(
            &mut out,
            errors,
            name,
            data,
            i,
            data.len(),
            "truncated data",
        )?;
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codecs() {
        assert_eq!(
            encode("é", false, Codec::Utf8, Errors::Strict).unwrap(),
            "é".as_bytes()
        );
        assert_eq!(
            encode("é", false, Codec::Latin1, Errors::Strict).unwrap(),
            b"\xe9"
        );
        assert_eq!(
            encode("aé", false, Codec::Ascii, Errors::Strict)
                .unwrap_err()
                .message,
            "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"
        );
        assert_eq!(
            decode(b"\xe9", Codec::Utf8, Errors::Strict)
                .unwrap_err()
                .message,
            "'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data"
        );
        assert_eq!(
            decode(b"a\xff", Codec::Utf8, Errors::Strict)
                .unwrap_err()
                .message,
            "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"
        );
        assert_eq!(
            decode(b"a\xffb", Codec::Utf8, Errors::Ignore).unwrap(),
            ("ab".to_string(), false)
        );
    }
}
