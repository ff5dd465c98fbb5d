//! Lone surrogates (U+D800..U+DFFF) inside Rust `String`s: the stand-in encoding mempy
//! uses so a Python `str` can hold them (CPython's `PyUnicode` stores any code point,
//! Rust's `str` only Unicode scalar values).
//!
//! A string that holds surrogates keeps its text as ordinary, valid UTF-8 in which
//! each surrogate U+D800+k is written as the private-use character U+F0000+k (the
//! first 2048 characters of Supplementary Private Use Area-A). One character stands
//! for one character, so lengths, indices, slicing, searching and splitting of the
//! stand-in text are those of the Python string. The owner of the text (the str
//! object, the compiler's constant) carries a separate flag saying "the stand-ins
//! are surrogates"; without the flag, U+F0000..U+F07FF are themselves. A string
//! that would need both meanings at once cannot be held (`MIXED`), a documented limit.

/// The first stand-in character (for U+D800).
pub const STAND_IN_BASE: u32 = 0xF0000;
/// One past the last stand-in character (U+DFFF's is U+F07FF).
pub const STAND_IN_END: u32 = STAND_IN_BASE + 0x800;

/// The error for a string mixing surrogates with the characters that stand for them.
pub const MIXED: &str =
    "mempy cannot hold lone surrogates and characters U+F0000..U+F07FF in one string";

/// Whether `c` is a surrogate code point.
#[inline]
pub fn is_surrogate(c: u32) -> bool {
    (0xD800..0xE000).contains(&c)
}

/// Whether `c` is a stand-in character.
#[inline]
pub fn is_stand_in(c: char) -> bool {
    (STAND_IN_BASE..STAND_IN_END).contains(&(c as u32))
}

/// The stand-in for the surrogate `c`.
#[inline]
pub fn stand_in(c: u32) -> char {
    debug_assert!(is_surrogate(c));
    char::from_u32(c - 0xD800 + STAND_IN_BASE).unwrap_or('\u{fffd}')
}

/// The code point a character of a text stands for: itself, or the surrogate it
/// stands in for when the text is flagged.
#[inline]
pub fn code_point(c: char, flagged: bool) -> u32 {
    if flagged && is_stand_in(c) {
        c as u32 - STAND_IN_BASE + 0xD800
    } else {
        c as u32
    }
}

/// Whether the text holds a stand-in character.
pub fn has_stand_in(s: &str) -> bool {
    // In UTF-8, U+F0000..U+F07FF are F3 B0 followed by 80..9F and one more byte.
    s.as_bytes()
        .windows(3)
        .any(|w| w[0] == 0xF3 && w[1] == 0xB0 && w[2] < 0xA0)
}

/// Appends the code point `c` (any value up to U+10FFFF) to `out`; true when it was
/// a surrogate (so `out` is now flagged text).
#[inline]
pub fn push_code_point(out: &mut String, c: u32) -> bool {
    if is_surrogate(c) {
        out.push(stand_in(c));
        true
    } else {
        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
        false
    }
}

/// The text for a sequence of code points, and whether it is flagged (held
/// surrogates). Err(MIXED) when it holds both surrogates and stand-in characters.
pub fn from_code_points(cps: &[u32]) -> Result<(String, bool), &'static str> {
    let mut out = String::with_capacity(cps.len());
    let mut flagged = false;
    let mut real_stand_in = false;
    for &c in cps {
        flagged |= push_code_point(&mut out, c);
        real_stand_in |= (STAND_IN_BASE..STAND_IN_END).contains(&c);
    }
    if flagged && real_stand_in {
        return Err(MIXED);
    }
    Ok((out, flagged))
}

/// The code points of a text.
pub fn code_points(s: &str, flagged: bool) -> impl Iterator<Item = u32> + '_ {
    s.chars().map(move |c| code_point(c, flagged))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let (s, f) = from_code_points(&[0x61, 0xD800, 0xDFFF, 0x1F600]).unwrap();
        assert!(f);
        assert_eq!(s.chars().count(), 4);
        assert!(has_stand_in(&s));
        let back: Vec<u32> = code_points(&s, true).collect();
        assert_eq!(back, vec![0x61, 0xD800, 0xDFFF, 0x1F600]);
        assert!(from_code_points(&[0xD800, 0xF0001]).is_err());
        let (s, f) = from_code_points(&[0xF0001]).unwrap();
        assert!(!f);
        assert_eq!(code_points(&s, false).next(), Some(0xF0001));
    }
}
