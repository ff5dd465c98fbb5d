//! The byte-string algorithms of the bytes and bytearray methods (CPython's
//! Objects/bytes_methods.c and the stringlib routines it instantiates for bytes):
//! search, split, replace, padding, stripping and hex conversion over plain `&[u8]`.
//! Argument parsing and result objects are in `runtime/types/bytes/methods.rs`.

/// `b.hex()`.
pub fn hex(data: &[u8]) -> String {
    let mut s = String::with_capacity(data.len() * 2);
    for &c in data {
        push_hex(&mut s, c);
    }
    s
}

/// Appends the two lowercase hex digits of `c`.
#[inline]
fn push_hex(s: &mut String, c: u8) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    s.push(DIGITS[usize::from(c >> 4)] as char);
    s.push(DIGITS[usize::from(c & 15)] as char);
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
        push_hex(&mut s, c);
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
        // ASCII whitespace as `Py_ISSPACE` sees it (vertical tab included).
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
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

/// `b.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple of
/// `tabsize` columns; `\n` and `\r` restart the column count.
pub fn expandtabs(data: &[u8], tabsize: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut col: i64 = 0;
    for &c in data {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

/// The number of bytes `expandtabs(tabsize)` makes of `data` (checked before
/// allocating), or None past `usize`.
pub fn expandtabs_len(data: &[u8], tabsize: i64) -> Option<usize> {
    let mut total: usize = 0;
    let mut col: i64 = 0;
    for &c in data {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    total = total.checked_add(n as usize)?;
                    col = col.checked_add(n)?;
                }
            }
            b'\n' | b'\r' => {
                total += 1;
                col = 0;
            }
            _ => {
                total += 1;
                col += 1;
            }
        }
    }
    Some(total)
}

/// `b.title()`: an ASCII letter is upper-cased after a non-letter and lower-cased
/// after a letter.
pub fn title(data: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    data.iter()
        .map(|&c| {
            let out = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

/// `b.istitle()`: some letter, every upper-case letter after a non-letter and every
/// lower-case one after a letter.
pub fn istitle(data: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in data {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `b.translate(table, delete)`: bytes in `delete` dropped, the others mapped
/// through the 256-byte `table` (None keeps them).
pub fn translate(data: &[u8], table: Option<&[u8]>, delete: &[u8]) -> Vec<u8> {
    let mut drop = [false; 256];
    for &d in delete {
        drop[d as usize] = true;
    }
    data.iter()
        .filter(|&&c| !drop[c as usize])
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect()
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
}
