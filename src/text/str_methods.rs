//! Python `str` methods on `&str`, mirroring CPython's
//! `Objects/unicodeobject.c` (and `Objects/stringlib/*.h` for split, find,
//! replace, partition...). Indices and widths are in characters (code
//! points), never bytes. Character properties come from tables generated
//! from the local CPython 3.11 (`unicode_tables.rs`), so `isalpha`,
//! `isprintable`, `isidentifier`... and the full case mappings (upper, lower,
//! title, casefold) agree exactly with CPython's Unicode 14.0 data.

use super::unicode_tables::{
    in_table, lookup_special, ALPHA, CASEFOLD_SPECIAL, CASE_IGNORABLE, DECIMAL, DIGIT, ID_CONTINUE,
    ID_START, LOWER, LOWER_MAP, NOT_PRINTABLE, NUMERIC, TITLE, TITLE_SPECIAL, UPPER, UPPER_MAP,
};

/// `Py_UNICODE_ISSPACE`: Rust's `White_Space` plus the separators `\x1c`..`\x1f`
/// (CPython counts bidi classes B/S/WS, which include them).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Line boundaries of `str.splitlines` (`Py_UNICODE_ISLINEBREAK`).
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// Normalise optional `start`/`end` the way `ADJUST_INDICES` does.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let fix = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    let end = end.map_or(len, |e| fix(e).min(len));
    (start.map_or(0, fix), end)
}

/// Byte offset of character `ci` of `s`, or None when `s` has fewer than `ci`
/// characters. Walks only the prefix (an ASCII prefix without decoding): the search
/// methods with a start index cost what the part they look at costs, as in CPython.
fn byte_at(s: &str, ci: usize) -> Option<usize> {
    let b = s.as_bytes();
    if ci <= b.len() && b[..ci].is_ascii() {
        return Some(ci);
    }
    let mut n = 0;
    for (i, _) in s.char_indices() {
        if n == ci {
            return Some(i);
        }
        n += 1;
    }
    (n == ci).then_some(s.len())
}

/// The slice `start`/`end` select (after `ADJUST_INDICES`), as the character index of
/// its start and its byte range. None when nothing can be found in it, not even the
/// empty string: the start lies past the end of `s`, or the end before the start.
fn bounds(s: &str, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize, usize)> {
    let negative = start.is_some_and(|x| x < 0) || end.is_some_and(|x| x < 0);
    let (st, en) = if negative {
        let n = s.chars().count();
        let (st, en) = adjust(start, end, n);
        if st > n as i64 {
            return None;
        }
        (st as usize, Some(en.max(0) as usize))
    } else {
        (start.unwrap_or(0) as usize, end.map(|e| e as usize))
    };
    let bs = byte_at(s, st)?;
    let be = match en {
        None => s.len(),
        Some(en) if en < st => return None,
        Some(en) => byte_at(s, en).unwrap_or(s.len()),
    };
    Some((st, bs, be))
}

/// `str.find(sub, start, end)` → character index or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((st, bs, be)) = bounds(s, start, end) else {
        return -1;
    };
    match s[bs..be].find(sub) {
        Some(i) => (st + s[bs..bs + i].chars().count()) as i64,
        None => -1,
    }
}

/// The byte range `start`/`end` select in ASCII text (character and byte indices
/// coincide), or None as [`bounds`] gives it: the bounds cost nothing however far into
/// the text they point.
fn ascii_bounds(s: &str, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let (st, en) = adjust(start, end, s.len());
    if st > s.len() as i64 || en < st {
        return None;
    }
    Some((st as usize, en as usize))
}

/// [`find`] for text the caller knows is ASCII (from the string's cached facts).
pub fn find_ascii(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match ascii_bounds(s, start, end) {
        Some((bs, be)) => s[bs..be].find(sub).map_or(-1, |i| (bs + i) as i64),
        None => -1,
    }
}

/// [`rfind`] for text the caller knows is ASCII.
pub fn rfind_ascii(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match ascii_bounds(s, start, end) {
        Some((bs, be)) => s[bs..be].rfind(sub).map_or(-1, |i| (bs + i) as i64),
        None => -1,
    }
}

/// `str.rfind(sub, start, end)`.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((st, bs, be)) = bounds(s, start, end) else {
        return -1;
    };
    match s[bs..be].rfind(sub) {
        Some(i) => (st + s[bs..bs + i].chars().count()) as i64,
        None => -1,
    }
}

/// `str.index`: like [`find`] but `Err("substring not found")`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, String> {
    match find(s, sub, start, end) {
        -1 => Err("substring not found".into()),
        i => Ok(i),
    }
}

/// `str.rindex`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, String> {
    match rfind(s, sub, start, end) {
        -1 => Err("substring not found".into()),
        i => Ok(i),
    }
}

/// `str.count(sub, start, end)`: non-overlapping occurrences. Counting UTF-8
/// matches left to right is counting character matches (UTF-8 is self-synchronising),
/// and the empty string occurs at every character boundary of the slice.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((_, bs, be)) = bounds(s, start, end) else {
        return 0;
    };
    let hay = &s[bs..be];
    if let &[b] = sub.as_bytes() {
        hay.bytes().filter(|&x| x == b).count() as i64
    } else {
        hay.matches(sub).count() as i64
    }
}

/// `str.startswith(prefix, start, end)` for one prefix (tuples are the caller's).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    bounds(s, start, end).is_some_and(|(_, bs, be)| s[bs..be].starts_with(prefix))
}

/// `str.endswith(suffix, start, end)`.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    bounds(s, start, end).is_some_and(|(_, bs, be)| s[bs..be].ends_with(suffix))
}

/// `str.split(sep, maxsplit)`; `maxsplit < 0` means no limit.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        None => {
            let h = chars(s);
            let mut out = Vec::new();
            let mut i = 0;
            loop {
                while i < h.len() && py_isspace(h[i]) {
                    i += 1;
                }
                if i == h.len() {
                    break;
                }
                if out.len() == max {
                    // The remainder keeps its trailing whitespace.
                    out.push(h[i..].iter().collect());
                    break;
                }
                let j = (i..h.len()).find(|&j| py_isspace(h[j])).unwrap_or(h.len());
                out.push(h[i..j].iter().collect());
                i = j;
            }
            Ok(out)
        }
        Some("") => Err("empty separator".into()),
        // A one-byte separator is searched for as a char (memchr); a longer one
        // by substring search.
        Some(sep) if sep.len() == 1 => Ok(s
            .splitn(max.saturating_add(1), sep.as_bytes()[0] as char)
            .map(String::from)
            .collect()),
        Some(sep) => Ok(s
            .splitn(max.saturating_add(1), sep)
            .map(String::from)
            .collect()),
    }
}

/// `str.rsplit(sep, maxsplit)`.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        None => {
            let h = chars(s);
            let mut out = Vec::new();
            let mut j = h.len();
            loop {
                while j > 0 && py_isspace(h[j - 1]) {
                    j -= 1;
                }
                if j == 0 {
                    break;
                }
                if out.len() == max {
                    out.push(h[..j].iter().collect());
                    break;
                }
                let i = (0..j)
                    .rev()
                    .find(|&i| py_isspace(h[i]))
                    .map_or(0, |i| i + 1);
                out.push(h[i..j].iter().collect());
                j = i;
            }
            out.reverse();
            Ok(out)
        }
        Some("") => Err("empty separator".into()),
        Some(sep) => {
            let mut out: Vec<String> = s
                .rsplitn(max.saturating_add(1), sep)
                .map(String::from)
                .collect();
            out.reverse();
            Ok(out)
        }
    }
}

/// `str.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let h = chars(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < h.len() {
        let start = i;
        while i < h.len() && !is_linebreak(h[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < h.len() {
            if h[i] == '\r' && i + 1 < h.len() && h[i + 1] == '\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(h[start..eol].iter().collect());
    }
    out
}

fn strip_impl(s: &str, chars_: Option<&str>, left: bool, right: bool) -> String {
    let (a, b) = strip_bounds(s, chars_, left, right);
    s[a..b].to_string()
}

/// The byte range of `s` that `strip`/`lstrip`/`rstrip` (`left`, `right`) keep:
/// whitespace (`chars_` None) or the characters of `chars_` cut from the ends.
pub fn strip_bounds(s: &str, chars_: Option<&str>, left: bool, right: bool) -> (usize, usize) {
    let mut r = s;
    match chars_ {
        None if s.is_ascii() => {
            // ASCII whitespace as `Py_UNICODE_ISSPACE` has it: \t..\r, \x1c..' '.
            let sp = |b: &u8| matches!(*b, 9..=13 | 28..=32);
            let bytes = s.as_bytes();
            let a = if left {
                bytes.iter().position(|b| !sp(b)).unwrap_or(bytes.len())
            } else {
                0
            };
            let b = if right {
                bytes[a..]
                    .iter()
                    .rposition(|b| !sp(b))
                    .map_or(a, |i| a + i + 1)
            } else {
                bytes.len()
            };
            return (a, b);
        }
        None => {
            if left {
                r = r.trim_start_matches(py_isspace);
            }
            if right {
                r = r.trim_end_matches(py_isspace);
            }
        }
        Some(set) => {
            let pred = |c: char| set.contains(c);
            if left {
                r = r.trim_start_matches(pred);
            }
            if right {
                r = r.trim_end_matches(pred);
            }
        }
    }
    let a = r.as_ptr() as usize - s.as_ptr() as usize;
    (a, a + r.len())
}

/// `str.strip(chars)`.
pub fn strip(s: &str, chars: Option<&str>) -> String {
    strip_impl(s, chars, true, true)
}
/// `str.lstrip(chars)`.
pub fn lstrip(s: &str, chars: Option<&str>) -> String {
    strip_impl(s, chars, true, false)
}
/// `str.rstrip(chars)`.
pub fn rstrip(s: &str, chars: Option<&str>) -> String {
    strip_impl(s, chars, false, true)
}

/// `str.replace(old, new, count)`; `count < 0` replaces all. An empty `old`
/// inserts `new` before every character and at the end (`'-a-b-'`).
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < max {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < max {
            out.push_str(new);
        }
        return out;
    }
    // `str::replacen`, sized up front when the result cannot be longer than `s` (it
    // grew from 32 bytes by doubling: up to twice the text reserved, and every
    // regrowth of a big text a copy).
    let mut out = String::with_capacity(if new.len() <= old.len() { s.len() } else { 0 });
    let mut last = 0;
    for (i, _) in s.match_indices(old).take(max) {
        out.push_str(&s[last..i]);
        out.push_str(new);
        last = i + old.len();
    }
    out.push_str(&s[last..]);
    out
}

/// Titlecase mapping of one character (`_PyUnicode_ToTitleFull`).
fn to_title(c: char, out: &mut String) {
    match lookup_special(TITLE_SPECIAL, c) {
        Some(m) => out.push_str(m),
        None => upper_char(c, out),
    }
}

/// `_PyUnicode_ToUpperFull`, from CPython's own tables.
fn upper_char(c: char, out: &mut String) {
    match lookup_special(UPPER_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

fn is_cased(c: char) -> bool {
    in_table(LOWER, c) || in_table(UPPER, c) || in_table(TITLE, c)
}

/// Lowercase `h[i]` with CPython's `lower_ucs4` final-sigma handling
/// (`handle_capital_sigma`): Σ becomes ς when preceded by a cased letter and
/// not followed by one, skipping case-ignorable characters both ways.
fn lower_at(h: &[char], i: usize, out: &mut String) {
    let c = h[i];
    if c == '\u{3a3}' {
        let before = h[..i].iter().rev().find(|&&x| !in_table(CASE_IGNORABLE, x));
        let after = h[i + 1..].iter().find(|&&x| !in_table(CASE_IGNORABLE, x));
        let final_ = before.is_some_and(|&x| is_cased(x)) && !after.is_some_and(|&x| is_cased(x));
        out.push(if final_ { '\u{3c2}' } else { '\u{3c3}' });
        return;
    }
    match lookup_special(LOWER_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        upper_char(c, &mut out);
    }
    out
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let h = chars(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..h.len() {
        lower_at(&h, i, &mut out);
    }
    out
}

/// `str.title()` of ASCII text, in place. The ASCII letters are the only cased
/// ASCII characters, with one-letter title and lower cases.
pub fn title_ascii(b: &mut [u8]) {
    let mut prev_cased = false;
    for c in b.iter_mut() {
        let was = *c;
        *c = if prev_cased {
            was.to_ascii_lowercase()
        } else {
            was.to_ascii_uppercase()
        };
        prev_cased = was.is_ascii_alphabetic();
    }
}

/// `str.title()`.
pub fn title(s: &str) -> String {
    if s.is_ascii() {
        let mut out = s.as_bytes().to_vec();
        title_ascii(&mut out);
        return String::from_utf8(out).unwrap_or_default();
    }
    let h = chars(s);
    let mut out = String::new();
    let mut prev_cased = false;
    for (i, &c) in h.iter().enumerate() {
        if prev_cased {
            lower_at(&h, i, &mut out);
        } else {
            to_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if let Some(first) = out.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return out;
    }
    let h = chars(s);
    let mut out = String::new();
    for i in 0..h.len() {
        if i == 0 {
            to_title(h[0], &mut out);
        } else {
            lower_at(&h, i, &mut out);
        }
    }
    out
}

/// `str.swapcase()`.
pub fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        let swap = |b: u8| if b.is_ascii_alphabetic() { b ^ 0x20 } else { b };
        return s.bytes().map(|b| swap(b) as char).collect();
    }
    let h = chars(s);
    let mut out = String::new();
    for (i, &c) in h.iter().enumerate() {
        if in_table(UPPER, c) {
            lower_at(&h, i, &mut out);
        } else if in_table(LOWER, c) {
            upper_char(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.casefold()` (full case folding).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::new();
    for c in s.chars() {
        match lookup_special(CASEFOLD_SPECIAL, c).or_else(|| lookup_special(LOWER_MAP, c)) {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
    }
    out
}

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `str.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    if s.is_ascii() {
        return !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    }
    all_nonempty(s, |c| in_table(DIGIT, c))
}
/// `str.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    if s.is_ascii() {
        return !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    }
    all_nonempty(s, |c| in_table(DECIMAL, c))
}
/// `str.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    if s.is_ascii() {
        return !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    }
    all_nonempty(s, |c| in_table(NUMERIC, c))
}
/// `str.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    if s.is_ascii() {
        return !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphabetic());
    }
    all_nonempty(s, |c| in_table(ALPHA, c))
}
/// `str.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    if s.is_ascii() {
        return !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric());
    }
    all_nonempty(s, |c| in_table(ALPHA, c) || in_table(NUMERIC, c))
}
/// `str.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, py_isspace)
}
/// `str.isascii()` (true for `''`).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}
/// `str.isprintable()` (true for `''`).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(|c| !in_table(NOT_PRINTABLE, c))
}
/// `str.isidentifier()`.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if in_table(ID_START, c) => it.all(|c| in_table(ID_CONTINUE, c)),
        _ => false,
    }
}

/// `str.islower()`: some cased character and no upper/titlecase ones.
pub fn islower(s: &str) -> bool {
    if s.is_ascii() {
        let b = s.as_bytes();
        return !b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase);
    }
    let mut cased = false;
    for c in s.chars() {
        if in_table(UPPER, c) || in_table(TITLE, c) {
            return false;
        }
        cased |= in_table(LOWER, c);
    }
    cased
}

/// `str.isupper()`.
pub fn isupper(s: &str) -> bool {
    if s.is_ascii() {
        let b = s.as_bytes();
        return !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase);
    }
    let mut cased = false;
    for c in s.chars() {
        if in_table(LOWER, c) || in_table(TITLE, c) {
            return false;
        }
        cased |= in_table(UPPER, c);
    }
    cased
}

/// `str.istitle()`.
pub fn istitle(s: &str) -> bool {
    let (mut cased, mut prev) = (false, false);
    for c in s.chars() {
        if in_table(UPPER, c) || in_table(TITLE, c) {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if in_table(LOWER, c) {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `str.center(width, fillchar)`, with CPython's odd-width bias
/// (`left = marg/2 + (marg & width & 1)`).
pub fn center(s: &str, width: i64, fill: char) -> String {
    let n = s.chars().count() as i64;
    if width <= n {
        return s.to_string();
    }
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    pad(s, left as usize, (marg - left) as usize, fill)
}
/// `str.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fill: char) -> String {
    let n = s.chars().count() as i64;
    pad(s, 0, (width - n).max(0) as usize, fill)
}
/// `str.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fill: char) -> String {
    let n = s.chars().count() as i64;
    pad(s, (width - n).max(0) as usize, 0, fill)
}

/// `str.zfill(width)`: zeros go after a leading sign.
pub fn zfill(s: &str, width: i64) -> String {
    let n = s.chars().count() as i64;
    if width <= n {
        return s.to_string();
    }
    let zeros = "0".repeat((width - n) as usize);
    match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    }
}

/// `str.partition(sep)`.
pub fn partition(s: &str, sep: &str) -> Result<(String, String, String), String> {
    if sep.is_empty() {
        return Err("empty separator".into());
    }
    Ok(match s.split_once(sep) {
        Some((a, b)) => (a.into(), sep.into(), b.into()),
        None => (s.into(), String::new(), String::new()),
    })
}

/// `str.rpartition(sep)`.
pub fn rpartition(s: &str, sep: &str) -> Result<(String, String, String), String> {
    if sep.is_empty() {
        return Err("empty separator".into());
    }
    Ok(match s.rsplit_once(sep) {
        Some((a, b)) => (a.into(), sep.into(), b.into()),
        None => (String::new(), String::new(), s.into()),
    })
}

/// `str.expandtabs(tabsize)`: the column restarts after `\n` and `\r`.
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
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

/// `str.removeprefix(prefix)`.
pub fn removeprefix(s: &str, prefix: &str) -> String {
    s.strip_prefix(prefix).unwrap_or(s).to_string()
}
/// `str.removesuffix(suffix)`.
pub fn removesuffix(s: &str, suffix: &str) -> String {
    s.strip_suffix(suffix).unwrap_or(s).to_string()
}

fn repr_impl(s: &str, ascii: bool, flagged: bool) -> String {
    // Quote choice of `unicode_repr`: ' unless the text has ' but no ".
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            // A lone surrogate's stand-in (`surrogates`): never printable.
            c if flagged && crate::text::surrogates::is_stand_in(c) => {
                let u = crate::text::surrogates::code_point(c, true);
                out.push_str(&format!("\\u{:04x}", u))
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if !ascii && !in_table(NOT_PRINTABLE, c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` exactly as CPython's `unicode_repr`, using the exact
/// `str.isprintable` table of the local CPython 3.11.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false, false)
}

/// [`str_repr`] of text that may hold lone surrogates as stand-ins (`flagged`).
pub fn str_repr_flagged(s: &str, flagged: bool) -> String {
    repr_impl(s, false, flagged)
}

/// [`ascii_repr`] of text that may hold lone surrogates as stand-ins (`flagged`).
pub fn ascii_repr_flagged(s: &str, flagged: bool) -> String {
    repr_impl(s, true, flagged)
}

/// `ascii(s)`: like [`str_repr`] with every non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(x: &[&str]) -> Vec<String> {
        x.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn splitting() {
        // Expected values from python3 3.11.
        assert_eq!(split("  a b  c  ", None, -1).unwrap(), v(&["a", "b", "c"]));
        assert_eq!(split("  a b c  ", None, 1).unwrap(), v(&["a", "b c  "]));
        assert_eq!(rsplit("  a b c  ", None, 1).unwrap(), v(&["  a b", "c"]));
        assert_eq!(
            split("a,b,,c", Some(","), -1).unwrap(),
            v(&["a", "b", "", "c"])
        );
        assert_eq!(split("a,b,c", Some(","), 1).unwrap(), v(&["a", "b,c"]));
        assert_eq!(rsplit("a,b,c", Some(","), 1).unwrap(), v(&["a,b", "c"]));
        assert_eq!(split("", None, -1).unwrap(), v(&[]));
        assert_eq!(split("", Some(","), -1).unwrap(), v(&[""]));
        assert_eq!(split("a\x1cb", None, -1).unwrap(), v(&["a", "b"]));
        assert_eq!(split("a", Some(""), -1).unwrap_err(), "empty separator");
        assert_eq!(
            splitlines("a\nb\r\nc\rd\x0be", false),
            v(&["a", "b", "c", "d", "e"])
        );
        assert_eq!(splitlines("a\nb\r\n", true), v(&["a\n", "b\r\n"]));
        assert_eq!(splitlines("", true), v(&[]));
        assert_eq!(
            partition("a=b=c", "=").unwrap(),
            ("a".into(), "=".into(), "b=c".into())
        );
        assert_eq!(
            rpartition("abc", "=").unwrap(),
            ("".into(), "".into(), "abc".into())
        );
    }

    #[test]
    fn searching() {
        assert_eq!(find("héllo", "l", None, None), 2);
        assert_eq!(rfind("héllo", "l", None, None), 3);
        assert_eq!(find("abc", "", Some(4), None), -1);
        assert_eq!(find("abc", "", Some(3), None), 3);
        assert_eq!(rfind("abc", "", None, None), 3);
        assert_eq!(find("abcabc", "c", Some(-2), None), 5);
        assert_eq!(find("abcabc", "c", None, Some(-4)), -1);
        assert_eq!(count("aaaa", "aa", None, None), 2);
        assert_eq!(count("abc", "", Some(1), None), 3);
        assert_eq!(count("abc", "", Some(5), None), 0);
        assert!(startswith("hello", "ell", Some(1), None));
        assert!(!startswith("hello", "ell", Some(1), Some(3)));
        assert!(endswith("hello", "ll", None, Some(4)));
        assert!(startswith("abc", "", Some(3), None));
        assert!(!startswith("abc", "", Some(4), None));
        assert_eq!(
            index("abc", "z", None, None).unwrap_err(),
            "substring not found"
        );
    }

    #[test]
    fn transforms() {
        assert_eq!(replace("abc", "", "-", -1), "-a-b-c-");
        assert_eq!(replace("abc", "", "-", 2), "-a-bc");
        assert_eq!(replace("aaa", "a", "b", 2), "bba");
        assert_eq!(strip("  x \x1f", None), "x");
        assert_eq!(strip("xxaxx", Some("x")), "a");
        assert_eq!(rstrip("a  ", None), "a");
        assert_eq!(title("hello wORLD 3rd"), "Hello World 3Rd");
        assert_eq!(title("ǆ ß"), "ǅ Ss");
        assert_eq!(capitalize("ﬁx ΑΣ"), "Fix ας");
        assert_eq!(lower("ΑΣ"), "ας");
        assert_eq!(lower("ΑΣ.Α Σ ΑΣ'"), "ασ.α σ ας'");
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(upper("ƛ"), "ƛ");
        assert_eq!(swapcase("ǅ ΣΑΣ"), "ǅ σας");
        assert_eq!(casefold("Straße ﬁ"), "strasse fi");
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(center("ab", 5, '*'), "**ab*");
        assert_eq!(center("a", 4, '*'), "*a**");
        assert_eq!(center("abc", 6, '*'), "*abc**");
        assert_eq!(ljust("a", 3, '-'), "a--");
        assert_eq!(rjust("a", 3, '-'), "--a");
        assert_eq!(zfill("-42", 6), "-00042");
        assert_eq!(zfill("42", 1), "42");
        assert_eq!(expandtabs("a\tbc\td\n\tx", 4), "a   bc  d\n    x");
        assert_eq!(removeprefix("abc", "ab"), "c");
        assert_eq!(removesuffix("abc", "bc"), "a");
    }

    #[test]
    fn predicates() {
        assert!(isdigit("12²") && !isdecimal("12²") && isnumeric("½"));
        assert!(isdecimal("١٢"));
        assert!(isalpha("héllo") && !isalpha("") && !isalpha("a1"));
        assert!(isalnum("a1½"));
        assert!(isspace(" \t\x1c") && !isspace(""));
        assert!(islower("abc1") && !islower("1") && !islower("aB"));
        assert!(isupper("ABC1") && !isupper("AbC"));
        assert!(istitle("Hello World") && !istitle("Hello world") && !istitle(""));
        assert!(isidentifier("_a1") && isidentifier("héllo") && !isidentifier("1a"));
        assert!(isprintable("") && isprintable("é ") && !isprintable("\n"));
        assert!(isascii("") && !isascii("é"));
    }

    #[test]
    fn reprs() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(
            str_repr("a\nb\t\\\r\x00\x7f"),
            "'a\\nb\\t\\\\\\r\\x00\\x7f'"
        );
        assert_eq!(
            str_repr("é\u{a0}\u{85}\u{200b}日\u{1f600}\u{e0001}"),
            "'é\\xa0\\x85\\u200b日\u{1f600}\\U000e0001'"
        );
        assert_eq!(ascii_repr("é日\u{1f600}"), "'\\xe9\\u65e5\\U0001f600'");
    }
}
