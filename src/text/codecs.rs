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
