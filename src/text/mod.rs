//! Pure-text helpers of mempy: number <-> text conversion, the format-spec
//! mini-language, printf-style `%` formatting, `str.format` template parsing and
//! the `str` methods. Nothing here knows about the interpreter heap; every
//! function takes and returns plain Rust data, and errors are CPython's
//! exception messages (see [`error_kind`] for the exception class).

pub mod float_repr;
pub mod format_spec;
pub mod int_text;
pub mod percent;
pub mod str_format;
pub mod str_methods;
mod unicode_tables;

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
