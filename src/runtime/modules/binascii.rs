//! `_mempy_binascii`: the byte-crunching loops of `binascii` (CPython's
//! Modules/binascii.c) and of `base64`'s Base32 and Base85 codecs (pure Python in
//! CPython's Lib/base64.py), done natively. The Python halves (`py/binascii.py`,
//! `py/base64.py`) check and convert the arguments and raise CPython's exceptions;
//! a decoder here returns either the bytes or the message of the error to raise
//! (a str), so the wording lives next to the code that finds the error.
//!
//! Every function takes bytes (or bytearray) already converted by the Python half.

use crate::runtime::builtins::{add_module_fns, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_mempy_binascii");
    add_module_fns(
        vm,
        d,
        "_mempy_binascii",
        &[
            ("b64encode", b64encode),
            ("b64decode", b64decode),
            ("unhexlify", unhexlify),
            ("a2b_uu", a2b_uu),
            ("a2b_qp", a2b_qp),
            ("b2a_qp", b2a_qp),
            ("crc_hqx", crc_hqx),
            ("b32encode", b32encode),
            ("b32decode", b32decode),
            ("enc85", enc85),
            ("dec85", dec85),
        ],
    );
    m
}

fn bytes_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Vec<u8>> {
    match args.get(i).and_then(|&v| vm.bytes_data(v)) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.type_error("_mempy_binascii: bytes argument expected")),
    }
}

fn bool_arg(args: &[Value], i: usize) -> bool {
    matches!(args.get(i), Some(Value::Bool(true)))
}

fn int_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i).and_then(|&v| vm.heap.small_i64(v)) {
        Some(n) => Ok(n),
        None => Err(vm.type_error("_mempy_binascii: int argument expected")),
    }
}

/// The bytes made, or the message of the `binascii.Error` (or ValueError) to raise.
fn result(vm: &mut Vm, r: Result<Vec<u8>, String>) -> Value {
    match r {
        Ok(b) => vm.new_bytes(b),
        Err(m) => vm.new_str(&m),
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `b64encode(data, newline)`: `binascii.b2a_base64`.
fn b64encode(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let out = base64_encode(&data, bool_arg(args, 1));
    Ok(vm.new_bytes(out))
}

fn base64_encode(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    let mut chunks = data.chunks_exact(3);
    for c in &mut chunks {
        let n = (u32::from(c[0]) << 16) | (u32::from(c[1]) << 8) | u32::from(c[2]);
        out.extend([18, 12, 6, 0].map(|s| B64[((n >> s) & 63) as usize]));
    }
    match *chunks.remainder() {
        [a] => {
            let n = u32::from(a) << 16;
            out.extend([
                B64[(n >> 18) as usize],
                B64[((n >> 12) & 63) as usize],
                b'=',
                b'=',
            ]);
        }
        [a, b] => {
            let n = (u32::from(a) << 16) | (u32::from(b) << 8);
            out.extend([18, 12, 6].map(|s| B64[((n >> s) & 63) as usize]));
            out.push(b'=');
        }
        _ => {}
    }
    if newline {
        out.push(b'\n');
    }
    out
}

/// The value of a Base64 digit, 64 for anything else.
fn b64_value(c: u8) -> u8 {
    match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => 64,
    }
}

/// `b64decode(data, strict_mode)`: `binascii.a2b_base64`.
fn b64decode(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let r = base64_decode(&data, bool_arg(args, 1));
    Ok(result(vm, r))
}

fn base64_decode(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && data.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let (mut acc, mut quad, mut pads) = (0u32, 0u32, 0u32);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            pads += 1;
            if quad >= 2 && quad + pads >= 4 {
                // The padding completes the group: what follows is ignored (in
                // strict mode, there must be nothing).
                if strict && i + 1 < data.len() {
                    return Err("Excess data after padding".into());
                }
                return Ok(out);
            }
            continue;
        }
        let v = b64_value(c);
        if v == 64 {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        }
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        acc = (acc << 6) | u32::from(v);
        quad += 1;
        match quad {
            2 => {
                out.push((acc >> 4) as u8);
                acc &= 0xF;
            }
            3 => {
                out.push((acc >> 2) as u8);
                acc &= 0x3;
            }
            4 => {
                out.push(acc as u8);
                acc = 0;
                quad = 0;
            }
            _ => {}
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

/// `unhexlify(data)`: `binascii.a2b_hex`.
fn unhexlify(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let r = if data.len() % 2 == 1 {
        Err("Odd-length string".to_string())
    } else {
        data.chunks_exact(2)
            .map(|p| match (hex_value(p[0]), hex_value(p[1])) {
                (Some(h), Some(l)) => Ok(h << 4 | l),
                _ => Err("Non-hexadecimal digit found".to_string()),
            })
            .collect()
    };
    Ok(result(vm, r))
}

fn hex_value(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// `a2b_uu(data)`: one line of uuencoded text. Its first character gives the
/// length; missing characters (a line whose trailing spaces were eaten) count as
/// zeros, and anything after the data must be spaces, backticks or line ends.
fn a2b_uu(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let r = uu_decode(&data);
    Ok(result(vm, r))
}

fn uu_decode(data: &[u8]) -> Result<Vec<u8>, String> {
    let Some((&first, mut rest)) = data.split_first() else {
        return Ok(vec![0; 32]);
    };
    let mut want = usize::from(first.wrapping_sub(b' ') & 0o77);
    let mut out = Vec::with_capacity(want);
    let (mut acc, mut bits) = (0u32, 0u32);
    while want > 0 {
        let c = rest.split_first().map(|(&c, tail)| {
            rest = tail;
            c
        });
        let v = match c {
            None | Some(b'\n' | b'\r') => 0,
            Some(c) if (b' '..=b' ' + 64).contains(&c) => u32::from((c - b' ') & 0o77),
            Some(_) => return Err("Illegal char".into()),
        };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            want -= 1;
        }
    }
    if rest
        .iter()
        .any(|&c| !matches!(c, b' ' | b'`' | b'\n' | b'\r'))
    {
        return Err("Trailing garbage".into());
    }
    Ok(out)
}

/// `a2b_qp(data, header)`: quoted-printable decoding. `=XX` is a byte, `=` before a
/// line end is a soft line break, `==` is a `=` (old encoders wrote it), any other
/// `=` stays; with `header`, `_` is a space (RFC 2047).
fn a2b_qp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let out = qp_decode(&data, bool_arg(args, 1));
    Ok(vm.new_bytes(out))
}

fn qp_decode(data: &[u8], header: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            i += 1;
            let Some(&next) = data.get(i) else {
                break;
            };
            if next == b'\n' || next == b'\r' {
                // A soft line break: skip to just past the line's end.
                while i < data.len() && data[i] != b'\n' {
                    i += 1;
                }
                i = (i + 1).min(data.len());
            } else if next == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) =
                (hex_value(next), data.get(i + 1).and_then(|&d| hex_value(d)))
            {
                out.push(h << 4 | l);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// `b2a_qp(data, quotetabs, istext, header)`: quoted-printable encoding with lines of
/// at most 76 characters (soft breaks `=` + line end), the data's own line ends
/// (CRLF when its first line ends so) kept in text mode.
fn b2a_qp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let (quotetabs, istext, header) = (bool_arg(args, 1), bool_arg(args, 2), bool_arg(args, 3));
    let out = qp_encode(&data, quotetabs, istext, header);
    Ok(vm.new_bytes(out))
}

fn qp_encode(data: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    const MAXLINESIZE: usize = 76;
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let crlf =
        matches!(data.iter().position(|&c| c == b'\n'), Some(p) if p > 0 && data[p - 1] == b'\r');
    let line_end: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let n = data.len();
    let mut out = Vec::with_capacity(n * 3 / 2);
    let mut linelen = 0;
    let mut i = 0;
    while i < n {
        let c = data[i];
        let at_end = i + 1 == n;
        let next = data.get(i + 1).copied();
        let quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && linelen == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && at_end)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if quote {
            if linelen + 3 >= MAXLINESIZE {
                out.push(b'=');
                out.extend_from_slice(line_end);
                linelen = 0;
            }
            out.extend([b'=', HEX[usize::from(c >> 4)], HEX[usize::from(c & 15)]]);
            linelen += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // Whitespace before a line end would be lost in transit: quote it.
            if let Some(&last @ (b' ' | b'\t')) = out.last() {
                out.pop();
                out.extend([
                    b'=',
                    HEX[usize::from(last >> 4)],
                    HEX[usize::from(last & 15)],
                ]);
            }
            out.extend_from_slice(line_end);
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if !at_end && next != Some(b'\n') && linelen + 1 >= MAXLINESIZE {
                out.push(b'=');
                out.extend_from_slice(line_end);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

/// `crc_hqx(data, crc)`: CRC-CCITT (polynomial 0x1021), as `binascii.crc_hqx`.
fn crc_hqx(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let mut crc = (int_arg(vm, args, 1)? & 0xFFFF) as u16;
    for &b in &data {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(vm.int(i64::from(crc)))
}

/// `b32encode(data, alphabet)`: every 5 bytes become 8 digits of the 32-letter
/// alphabet; a short last group is zero-filled and its unused digits become `=`.
fn b32encode(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let alphabet = bytes_arg(vm, args, 1)?;
    if alphabet.len() != 32 {
        return Err(vm.value_error("_mempy_binascii: a 32-letter alphabet expected"));
    }
    let mut out = Vec::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut group = [0u8; 8];
        group[3..3 + chunk.len()].copy_from_slice(chunk);
        let n = u64::from_be_bytes(group);
        out.extend(
            (0..8)
                .rev()
                .map(|k| alphabet[((n >> (5 * k)) & 31) as usize]),
        );
    }
    // Digits that carry no input bits: 1 byte -> 6 pads, 2 -> 4, 3 -> 3, 4 -> 1.
    let pads = [0, 6, 4, 3, 1][data.len() % 5];
    let n = out.len();
    out[n - pads..].fill(b'=');
    Ok(vm.new_bytes(out))
}

/// `b32decode(data, alphabet)`: the input is already case-folded and 0/1-mapped and
/// a multiple of 8 long (the Python half checks).
fn b32decode(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let alphabet = bytes_arg(vm, args, 1)?;
    let mut values = [0xFFu8; 256];
    for (i, &c) in alphabet.iter().enumerate().take(32) {
        values[c as usize] = i as u8;
    }
    let body = data.len() - data.iter().rev().take_while(|&&c| c == b'=').count();
    let pads = data.len() - body;
    // Bytes the last group keeps for each count of `=`.
    let keep = match pads {
        0 => 5,
        1 => 4,
        3 => 3,
        4 => 2,
        6 => 1,
        _ => usize::MAX,
    };
    let mut out = Vec::with_capacity(data.len() / 8 * 5);
    let mut last = 0u64;
    for chunk in data[..body].chunks(8) {
        let mut group = 0u64;
        for &c in chunk {
            let v = values[c as usize];
            if v == 0xFF {
                return Ok(vm.new_str("Non-base32 digit found"));
            }
            group = (group << 5) | u64::from(v);
        }
        last = group << (5 * (8 - chunk.len()));
        out.extend_from_slice(&last.to_be_bytes()[3..]);
    }
    if keep == usize::MAX {
        return Ok(vm.new_str("Incorrect padding"));
    }
    if pads > 0 && !out.is_empty() {
        let n = out.len();
        out.truncate(n - 5);
        out.extend_from_slice(&last.to_be_bytes()[3..3 + keep]);
    }
    Ok(vm.new_bytes(out))
}

/// `enc85(data, alphabet, pad, fold_zero, fold_spaces)`: each 4-byte big-endian word
/// becomes 5 base-85 digits (or `z` for zero / `y` for four spaces where folded); a
/// short last word is zero-filled and, unless `pad`, its extra digits are cut.
fn enc85(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let alphabet = bytes_arg(vm, args, 1)?;
    if alphabet.len() != 85 {
        return Err(vm.value_error("_mempy_binascii: an 85-letter alphabet expected"));
    }
    let (pad, fold_zero, fold_spaces) = (bool_arg(args, 2), bool_arg(args, 3), bool_arg(args, 4));
    let extra = (4 - data.len() % 4) % 4;
    let mut out = Vec::with_capacity(data.len().div_ceil(4) * 5);
    let words = data.len().div_ceil(4);
    for (i, chunk) in data.chunks(4).enumerate() {
        let mut w = [0u8; 4];
        w[..chunk.len()].copy_from_slice(chunk);
        let word = u32::from_be_bytes(w);
        let is_last_partial = i + 1 == words && extra > 0;
        if fold_zero && word == 0 && !is_last_partial {
            out.push(b'z');
            continue;
        }
        if fold_spaces && word == 0x2020_2020 {
            out.push(b'y');
            continue;
        }
        let mut digits = [0u8; 5];
        let mut n = word;
        for d in digits.iter_mut().rev() {
            *d = alphabet[(n % 85) as usize];
            n /= 85;
        }
        if is_last_partial && !pad {
            out.extend_from_slice(&digits[..5 - extra]);
        } else if is_last_partial && fold_zero && word == 0 {
            // A padded, all-zero last word folds too.
            out.push(b'z');
        } else {
            out.extend_from_slice(&digits);
        }
    }
    Ok(vm.new_bytes(out))
}

/// `dec85(data, alphabet_kind)`: Base85 (`b85decode`, kind 0) of data already
/// converted to bytes; returns the bytes or the ValueError's message.
fn dec85(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let alphabet = bytes_arg(vm, args, 1)?;
    let mut values = [0xFFu8; 256];
    for (i, &c) in alphabet.iter().enumerate().take(85) {
        values[c as usize] = i as u8;
    }
    let extra = (5 - data.len() % 5) % 5;
    let mut padded = data;
    // The last letter of the alphabet (84) fills a short last group.
    padded.extend(std::iter::repeat_n(
        alphabet.get(84).copied().unwrap_or(b'~'),
        extra,
    ));
    let mut out = Vec::with_capacity(padded.len() / 5 * 4);
    for (g, chunk) in padded.chunks(5).enumerate() {
        let mut word = 0u64;
        for (j, &c) in chunk.iter().enumerate() {
            let v = values[c as usize];
            if v == 0xFF {
                let msg = format!("bad base85 character at position {}", g * 5 + j);
                return Ok(vm.new_str(&msg));
            }
            word = word * 85 + u64::from(v);
        }
        if word > 0xFFFF_FFFF {
            let msg = format!("base85 overflow in hunk starting at byte {}", g * 5);
            return Ok(vm.new_str(&msg));
        }
        out.extend_from_slice(&(word as u32).to_be_bytes());
    }
    out.truncate(out.len() - extra);
    Ok(vm.new_bytes(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_every_remainder() {
        for n in 0..10u8 {
            let data: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            let enc = base64_encode(&data, false);
            assert_eq!(enc.len() % 4, 0);
            assert_eq!(base64_decode(&enc, true).unwrap(), data);
        }
        assert_eq!(base64_encode(b"hi", true), b"aGk=\n");
    }

    #[test]
    fn base64_decode_errors() {
        assert_eq!(
            base64_decode(b"=AAA", true).unwrap_err(),
            "Leading padding not allowed"
        );
        assert_eq!(
            base64_decode(b"QQ", false).unwrap_err(),
            "Incorrect padding"
        );
        assert!(base64_decode(b"Q", false)
            .unwrap_err()
            .contains("(1) cannot be 1 more"));
        assert_eq!(base64_decode(b"QQ==\nxx", false).unwrap(), b"A");
        assert_eq!(base64_decode(b"Q!Q==", false).unwrap(), b"A");
    }
}
