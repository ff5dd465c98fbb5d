//! Syntax highlighting of the input line: keywords, strings, numbers, comments and
//! `%` commands, with ANSI colours. Off when stdout is not a terminal or `NO_COLOR`
//! is set.

use super::complete::KEYWORDS;

const KEYWORD: &str = "\x1b[1;35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[36m";
const COMMENT: &str = "\x1b[2;37m";
const COMMAND: &str = "\x1b[1;33m";
const RESET: &str = "\x1b[0m";

/// Whether colours should be used (a terminal on stdout and no `NO_COLOR`).
pub fn colors_enabled() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Returns `line` with ANSI colour codes around its tokens.
pub fn highlight(line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    if let Some(rest) = line.trim_start().strip_prefix('%') {
        let indent = line.len() - line.trim_start().len();
        let name_len = rest.find(' ').unwrap_or(rest.len()) + 1;
        out.push_str(&line[..indent]);
        out.push_str(COMMAND);
        out.push_str(&line[indent..indent + name_len]);
        out.push_str(RESET);
        out.push_str(&highlight(&line[indent + name_len..]));
        return out;
    }
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            push(&mut out, COMMENT, &line[i..]);
            break;
        }
        if c == b'"' || c == b'\'' {
            let end = string_end(b, i);
            push(&mut out, STRING, &line[i..end]);
            i = end;
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'.' || b[j] == b'_') {
                j += 1;
            }
            push(&mut out, NUMBER, &line[i..j]);
            i = j;
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] >= 0x80) {
                j += 1;
            }
            let word = &line[i..j];
            // String prefixes: r'', b"", f'', rb'' ...
            if j < b.len()
                && (b[j] == b'"' || b[j] == b'\'')
                && word.len() <= 2
                && word.chars().all(|c| "rRbBfFuU".contains(c))
            {
                let end = string_end(b, j);
                push(&mut out, STRING, &line[i..end]);
                i = end;
                continue;
            }
            if KEYWORDS.contains(&word) {
                push(&mut out, KEYWORD, word);
            } else {
                out.push_str(word);
            }
            i = j;
            continue;
        }
        // Any other character, copied whole (it may be multi-byte).
        let ch_len = line[i..].chars().next().map(char::len_utf8).unwrap_or(1);
        out.push_str(&line[i..i + ch_len]);
        i += ch_len;
    }
    out
}

fn push(out: &mut String, color: &str, text: &str) {
    out.push_str(color);
    out.push_str(text);
    out.push_str(RESET);
}

/// End (exclusive) of the string literal starting with the quote at `i`; an
/// unterminated string runs to the end of the line.
fn string_end(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let triple = b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q;
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        if b[j] == b'\\' {
            j += 2;
            continue;
        }
        if b[j] == q {
            if !triple {
                return j + 1;
            }
            if b.len() >= j + 3 && b[j + 1] == q && b[j + 2] == q {
                return j + 3;
            }
        }
        j += 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut esc = false;
        for c in s.chars() {
            if c == '\x1b' {
                esc = true;
            } else if esc {
                if c == 'm' {
                    esc = false;
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn colours_tokens_and_keeps_text() {
        let line = "def f(x='a#b', y=1.5): return x  # done é";
        let h = highlight(line);
        assert_eq!(strip(&h), line);
        assert!(h.contains("\x1b[1;35mdef\x1b[0m"));
        assert!(h.contains("\x1b[32m'a#b'\x1b[0m"));
        assert!(h.contains("\x1b[36m1.5\x1b[0m"));
        assert!(h.contains("\x1b[2;37m# done é\x1b[0m"));
        assert!(!h.contains("\x1b[1;35mf\x1b"));
    }

    #[test]
    fn prefixed_and_unterminated_strings() {
        let h = highlight("x = rb'\\d' + \"open");
        assert!(h.contains("\x1b[32mrb'\\d'\x1b[0m"));
        assert!(h.ends_with("\x1b[32m\"open\x1b[0m"));
        let h = highlight("%refs  a");
        assert!(h.starts_with("\x1b[1;33m%refs\x1b[0m"));
    }
}
