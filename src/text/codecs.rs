//! The codecs mempy knows (utf-8, ascii, latin-1) and their error handlers
//! (strict, ignore, replace), with CPython's UnicodeEncodeError and UnicodeDecodeError
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
        // Every character of a str has a UTF-16/UTF-32 form.
        Codec::Utf16(order) => return Ok(encode_wide(s, order, false)),
        Codec::Utf32(order) => return Ok(encode_wide(s, order, true)),
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
        Codec::Utf16(order) => decode_utf16(data, order, errors),
        Codec::Utf32(order) => decode_utf32(data, order, errors),
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

/// A decode error of the UTF-16/32 decoders under `errors`: Err(message) when
/// strict, else the replacement (if any) is pushed.
fn wide_error(
    out: &mut String,
    errors: Errors,
    name: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> Result<(), String> {
    match errors {
        Errors::Strict => {
            let what = if end - start == 1 {
                format!("byte 0x{:02x} in position {}", data[start], start)
            } else {
                format!("bytes in position {}-{}", start, end - 1)
            };
            Err(format!(
                "'{}' codec can't decode {}: {}",
                name, what, reason
            ))
        }
        Errors::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Errors::Ignore => Ok(()),
    }
}

/// UTF-16 bytes to text (CPython's `PyUnicode_DecodeUTF16Stateful`, final): a
/// trailing odd byte is "truncated data", a high surrogate at the end "unexpected
/// end of data", one followed by anything but a low surrogate "illegal UTF-16
/// surrogate", a lone low surrogate "illegal encoding".
fn decode_utf16(data: &[u8], order: Order, errors: Errors) -> Result<String, String> {
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
    let mut out = String::with_capacity(data.len() / 2);
    let mut i = skip;
    while i + 1 < data.len() {
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            i += 2;
        } else if u >= 0xdc00 {
            wide_error(&mut out, errors, name, data, i, i + 2, "illegal encoding")?;
            i += 2;
        } else if i + 3 >= data.len() {
            // A high surrogate with no complete unit after it.
            let end = data.len();
            wide_error(
                &mut out,
                errors,
                name,
                data,
                i,
                end,
                "unexpected end of data",
            )?;
            return Ok(out);
        } else {
            let lo = unit(i + 2);
            if (0xdc00..0xe000).contains(&lo) {
                let c = 0x10000 + (((u as u32) - 0xd800) << 10) + (lo as u32 - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                i += 4;
            } else {
                wide_error(
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
        wide_error(
            &mut out,
            errors,
            name,
            data,
            i,
            data.len(),
            "truncated data",
        )?;
    }
    Ok(out)
}

/// UTF-32 bytes to text (CPython's `PyUnicode_DecodeUTF32Stateful`, final).
fn decode_utf32(data: &[u8], order: Order, errors: Errors) -> Result<String, String> {
    let (be, skip) = read_order(data, order, true);
    let name = if be { "utf-32-be" } else { "utf-32-le" };
    let mut out = String::with_capacity(data.len() / 4);
    let mut i = skip;
    while i + 3 < data.len() {
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let c = if be {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        };
        if (0xd800..0xe000).contains(&c) {
            let reason = "code point in surrogate code point range(0xd800, 0xe000)";
            wide_error(&mut out, errors, name, data, i, i + 4, reason)?;
        } else if let Some(ch) = char::from_u32(c) {
            out.push(ch);
        } else {
            let reason = "code point not in range(0x110000)";
            wide_error(&mut out, errors, name, data, i, i + 4, reason)?;
        }
        i += 4;
    }
    if i < data.len() {
        wide_error(
            &mut out,
            errors,
            name,
            data,
            i,
            data.len(),
            "truncated data",
        )?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
