//! The regular-expression parser (CPython's Lib/re/_parser.py, written anew): pattern
//! text to a syntax tree, with CPython's error messages and positions (a `re.error`
//! carries `msg` and `pos`; the Python half adds `at position N`).
//!
//! The pattern is a sequence of code points (a bytes pattern's bytes as latin-1), read
//! through a tokenizer whose tokens are one character or a backslash pair, so that
//! positions in messages are the ones CPython reports.

pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;
const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;

/// The largest repeat count (CPython's MAXREPEAT on 64-bit builds is 2**32-1).
pub const MAXREPEAT: u64 = u32::MAX as u64;
const MAXGROUPS: usize = 1 << 30;

#[derive(Debug)]
pub struct ParseError {
    pub msg: String,
    /// Position in the pattern, or None for errors CPython reports without one.
    pub pos: Option<usize>,
    /// Not a `re.error` but this exception class (OverflowError, ValueError).
    pub exc: Option<&'static str>,
}

/// A character class escape (`\d`, `\w`, `\s` and their negations).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Category {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SetItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Category),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum At {
    /// `^`
    Beginning,
    /// `$`
    End,
    /// `\A`
    BeginningString,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// A node of the syntax tree; `flags` on the leaves are the flags in force where they
/// were written (scoped flags `(?i:...)` included).
#[derive(Clone, Debug)]
pub enum Node {
    Lit(u32, u32),
    Any(u32),
    Set(bool, Vec<SetItem>, u32),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat(u64, u64, RepeatKind, Box<Node>),
    At(At, u32),
    Look(bool, bool, Box<Node>),
    Atomic(Box<Node>),
    Backref(usize, u32),
    Cond(usize, Box<Node>, Box<Node>),
}

impl Node {
    /// (min, max) width in characters (CPython's `getwidth`), max capped.
    pub fn width(&self, groups: &[(u64, u64)]) -> (u64, u64) {
        match self {
            Node::Lit(..) | Node::Any(_) | Node::Set(..) => (1, 1),
            Node::Cat(v) => v.iter().fold((0, 0), |(a, b), n| {
                let (x, y) = n.width(groups);
                (a.saturating_add(x), b.saturating_add(y).min(MAXREPEAT))
            }),
            Node::Alt(v) => {
                let mut lo = MAXREPEAT;
                let mut hi = 0;
                for n in v {
                    let (x, y) = n.width(groups);
                    lo = lo.min(x);
                    hi = hi.max(y);
                }
                (lo, hi)
            }
            Node::Group(_, n) | Node::Atomic(n) => n.width(groups),
            Node::Repeat(min, max, _, n) => {
                let (x, y) = n.width(groups);
                (
                    x.saturating_mul(*min).min(MAXREPEAT),
                    y.saturating_mul(*max).min(MAXREPEAT),
                )
            }
            Node::At(..) | Node::Look(..) => (0, 0),
            Node::Backref(g, _) => groups.get(*g).copied().unwrap_or((0, MAXREPEAT)),
            Node::Cond(_, a, b) => {
                let (x, y) = a.width(groups);
                let (p, q) = b.width(groups);
                (x.min(p), y.max(q))
            }
        }
    }
}

pub struct Parsed {
    pub node: Node,
    pub flags: u32,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Tok {
    Ch(u32),
    Esc(u32),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::Ch(_) => 1,
            Tok::Esc(_) => 2,
        }
    }
}

struct Source<'a> {
    s: &'a [u32],
    index: usize,
    next: Option<Tok>,
    text: bool,
}

fn chr(c: u32) -> String {
    char::from_u32(c).map(String::from).unwrap_or_default()
}

fn tok_text(t: Tok) -> String {
    match t {
        Tok::Ch(c) => chr(c),
        Tok::Esc(c) => format!("\\{}", chr(c)),
    }
}

impl<'a> Source<'a> {
    fn new(s: &'a [u32], text: bool) -> Result<Self, ParseError> {
        let mut src = Source {
            s,
            index: 0,
            next: None,
            text,
        };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> Result<(), ParseError> {
        let i = self.index;
        let Some(&c) = self.s.get(i) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            match self.s.get(i + 1) {
                Some(&d) => {
                    self.index = i + 2;
                    self.next = Some(Tok::Esc(d));
                }
                None => {
                    return Err(ParseError {
                        msg: "bad escape (end of pattern)".into(),
                        pos: Some(self.s.len() - 1),
                        exc: None,
                    })
                }
            }
        } else {
            self.index = i + 1;
            self.next = Some(Tok::Ch(c));
        }
        Ok(())
    }

    fn is(&self, c: char) -> bool {
        self.next == Some(Tok::Ch(c as u32))
    }

    fn matches(&mut self, c: char) -> Result<bool, ParseError> {
        if self.is(c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn get(&mut self) -> Result<Option<Tok>, ParseError> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, i: usize) -> Result<(), ParseError> {
        self.index = i;
        self.advance()
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        let mut msg = msg.into();
        if !self.text {
            msg = msg
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\x{:02x}", c as u32)
                    }
                })
                .collect();
        }
        ParseError {
            msg,
            pos: Some(self.tell().saturating_sub(offset)),
            exc: None,
        }
    }

    /// Plain characters while they are in `set` (at most n).
    fn getwhile(&mut self, n: usize, set: fn(u32) -> bool) -> Result<String, ParseError> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(Tok::Ch(c)) if set(c) => {
                    out.push_str(&chr(c));
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    fn getuntil(&mut self, term: char, name: &str) -> Result<String, ParseError> {
        let mut out = String::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    let n = out.chars().count();
                    return Err(self.error(format!("missing {term}, unterminated name"), n));
                }
                Some(Tok::Ch(c)) if c == term as u32 => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&tok_text(t)),
            }
        }
    }

    /// A group name must be an identifier; a bytes pattern's non-ASCII one is
    /// deprecated (a DeprecationWarning in `warnings`).
    fn checkgroupname(
        &self,
        name: &str,
        offset: usize,
        warnings: &mut Vec<Warning>,
    ) -> Result<(), ParseError> {
        let len = name.chars().count();
        if !crate::text::str_methods::isidentifier(name) {
            return Err(self.error(
                format!("bad character in group name {}", py_repr(name)),
                len + offset,
            ));
        }
        if !self.text && !name.is_ascii() {
            warnings.push(Warning::Deprecation(format!(
                "bad character in group name {} at position {}",
                py_ascii(name),
                self.tell() - len - offset
            )));
        }
        Ok(())
    }
}

/// ascii() of a str: its repr with the non-ASCII characters escaped.
pub fn py_ascii(s: &str) -> String {
    let mut out = String::new();
    for c in py_repr(s).chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// A warning the parser issues (CPython's `_parser` calls `warnings.warn`).
pub enum Warning {
    /// A set that may change meaning (nested, `--`, `&&`, `~~`, `||`).
    Future(String),
    /// A group name or number written in a deprecated way.
    Deprecation(String),
}

/// repr() of a str, enough for names in messages.
pub fn py_repr(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    /// Widths of closed groups; None while a group is open.
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    condrefs: Vec<(usize, usize)>,
    /// FutureWarning messages for character sets that may change meaning (nested sets,
    /// `--`, `&&`, `~~`, `||`), in the order CPython's parser issues them.
    warnings: Vec<Warning>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }
    fn checkgroup(&self, g: usize) -> bool {
        g < self.groups() && self.widths[g].is_some()
    }
    fn check_lookbehind(&self, g: usize, src: &Source) -> Result<(), ParseError> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.checkgroup(g) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
    fn group_widths(&self) -> Vec<(u64, u64)> {
        self.widths
            .iter()
            .map(|w| w.unwrap_or((0, MAXREPEAT)))
            .collect()
    }
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

/// Parses `pattern` (code points; `text` is false for a bytes pattern) with `flags`.
/// The FutureWarning messages met on the way are appended to `warnings`, also when
/// the pattern then turns out to be an error (CPython warns as it parses).
pub fn parse(
    pattern: &[u32],
    flags: u32,
    text: bool,
    warnings: &mut Vec<Warning>,
) -> Result<Parsed, ParseError> {
    let mut st = State {
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehind_groups: None,
        condrefs: Vec::new(),
        warnings: Vec::new(),
    };
    let r = parse_pattern(pattern, flags, text, &mut st);
    warnings.append(&mut st.warnings);
    r
}

fn parse_pattern(
    pattern: &[u32],
    flags: u32,
    text: bool,
    st: &mut State,
) -> Result<Parsed, ParseError> {
    let mut src = Source::new(pattern, text)?;
    let node = parse_sub(&mut src, st, flags & FLAG_VERBOSE != 0, 0, flags)?;
    // fix_flags
    let mut f = st.flags;
    let verr = |m: &str| ParseError {
        msg: m.into(),
        pos: None,
        exc: Some("ValueError"),
    };
    if text {
        if f & FLAG_LOCALE != 0 {
            return Err(verr("cannot use LOCALE flag with a str pattern"));
        }
        if f & FLAG_ASCII == 0 {
            f |= FLAG_UNICODE;
        } else if f & FLAG_UNICODE != 0 {
            return Err(verr("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if f & FLAG_UNICODE != 0 {
            return Err(verr("cannot use UNICODE flag with a bytes pattern"));
        }
        if f & FLAG_LOCALE != 0 && f & FLAG_ASCII != 0 {
            return Err(verr("ASCII and LOCALE flags are incompatible"));
        }
    }
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &st.condrefs {
        if g >= st.groups() {
            return Err(ParseError {
                msg: format!("invalid group reference {g}"),
                pos: Some(pos),
                exc: None,
            });
        }
    }
    // Global flags written inline apply to the whole pattern: leaves parsed with the
    // caller's flags get them too.
    let mut node = node;
    let extra = f & !flags & (FLAG_IGNORECASE | FLAG_MULTILINE | FLAG_DOTALL | FLAG_ASCII);
    if extra != 0 {
        add_flags(&mut node, extra);
    }
    check_lookbehind(&node, &st.group_widths())?;
    Ok(Parsed {
        node,
        flags: f,
        groups: st.groups(),
        names: std::mem::take(&mut st.names),
    })
}

fn add_flags(n: &mut Node, extra: u32) {
    match n {
        Node::Lit(_, f)
        | Node::Any(f)
        | Node::Set(_, _, f)
        | Node::At(_, f)
        | Node::Backref(_, f) => *f |= extra,
        Node::Cat(v) | Node::Alt(v) => v.iter_mut().for_each(|x| add_flags(x, extra)),
        Node::Group(_, x) | Node::Repeat(_, _, _, x) | Node::Look(_, _, x) | Node::Atomic(x) => {
            add_flags(x, extra)
        }
        Node::Cond(_, a, b) => {
            add_flags(a, extra);
            add_flags(b, extra);
        }
    }
}

fn check_lookbehind(n: &Node, widths: &[(u64, u64)]) -> Result<(), ParseError> {
    match n {
        Node::Look(true, _, x) => {
            let (lo, hi) = x.width(widths);
            if lo != hi {
                return Err(ParseError {
                    msg: "look-behind requires fixed-width pattern".into(),
                    pos: None,
                    exc: None,
                });
            }
            check_lookbehind(x, widths)
        }
        Node::Cat(v) | Node::Alt(v) => v.iter().try_for_each(|x| check_lookbehind(x, widths)),
        Node::Group(_, x) | Node::Repeat(_, _, _, x) | Node::Look(_, _, x) | Node::Atomic(x) => {
            check_lookbehind(x, widths)
        }
        Node::Cond(_, a, b) => {
            check_lookbehind(a, widths)?;
            check_lookbehind(b, widths)
        }
        _ => Ok(()),
    }
}

fn parse_sub(
    src: &mut Source,
    st: &mut State,
    mut verbose: bool,
    nested: usize,
    flags: u32,
) -> Result<Node, ParseError> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, st, verbose, nested + 1, first, flags)?);
        if !src.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = st.flags & FLAG_VERBOSE != 0;
        }
    }
    Ok(if items.len() == 1 {
        items.pop().unwrap()
    } else {
        Node::Alt(items)
    })
}

fn category(c: u32) -> Option<Category> {
    Some(match char::from_u32(c)? {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        'w' => Category::Word,
        'W' => Category::NotWord,
        's' => Category::Space,
        'S' => Category::NotSpace,
        _ => return None,
    })
}

fn simple_escape(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => '\\' as u32,
        _ => return None,
    })
}

enum Esc {
    Lit(u32),
    Cat(Category),
    At(At),
    Ref(usize),
}

/// The escapes both inside and outside a class: `\x`, `\u`, `\U`, `\N{...}`.
fn hex_escape(src: &mut Source, c: u32) -> Result<Option<u32>, ParseError> {
    let ch = char::from_u32(c).unwrap_or('\0');
    let n = match ch {
        'x' => 2,
        'u' if src.text => 4,
        'U' if src.text => 8,
        'N' if src.text => {
            if !src.matches('{')? {
                return Err(src.error("missing {", 0));
            }
            let name = src.getuntil('}', "character name")?;
            return match crate::runtime::modules::re::unicode_name(&name) {
                Some(c) => Ok(Some(c)),
                None => Err(src.error(
                    format!("undefined character name {}", py_repr(&name)),
                    name.chars().count() + 4,
                )),
            };
        }
        _ => return Ok(None),
    };
    let digits = src.getwhile(n, is_hex)?;
    let esc = format!("\\{ch}{digits}");
    if digits.len() != n {
        return Err(src.error(format!("incomplete escape {esc}"), esc.len()));
    }
    let v = u32::from_str_radix(&digits, 16).unwrap_or(0);
    if ch == 'U' && char::from_u32(v).is_none() {
        return Err(src.error(format!("bad escape {esc}"), esc.len()));
    }
    Ok(Some(v))
}

fn class_escape(src: &mut Source, c: u32) -> Result<Esc, ParseError> {
    if let Some(v) = simple_escape(c) {
        return Ok(Esc::Lit(v));
    }
    if let Some(cat) = category(c) {
        return Ok(Esc::Cat(cat));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(Esc::Lit(v));
    }
    let ch = char::from_u32(c).unwrap_or('\0');
    if is_oct(c) {
        let more = src.getwhile(2, is_oct)?;
        let esc = format!("\\{ch}{more}");
        let v = u32::from_str_radix(&esc[1..], 8).unwrap_or(0);
        if v > 0o377 {
            return Err(src.error(
                format!("octal escape value {esc} outside of range 0-0o377"),
                esc.len(),
            ));
        }
        return Ok(Esc::Lit(v));
    }
    if !is_digit(c) && !ch.is_ascii_alphabetic() {
        return Ok(Esc::Lit(c));
    }
    Err(src.error(format!("bad escape \\{ch}"), 2))
}

fn escape(src: &mut Source, st: &mut State, c: u32) -> Result<Esc, ParseError> {
    if let Some(cat) = category(c) {
        return Ok(Esc::Cat(cat));
    }
    let ch = char::from_u32(c).unwrap_or('\0');
    match ch {
        'A' => return Ok(Esc::At(At::BeginningString)),
        'Z' => return Ok(Esc::At(At::EndString)),
        'b' => return Ok(Esc::At(At::Boundary)),
        'B' => return Ok(Esc::At(At::NonBoundary)),
        _ => {}
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Esc::Lit(v));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(Esc::Lit(v));
    }
    if ch == '0' {
        let more = src.getwhile(2, is_oct)?;
        return Ok(Esc::Lit(
            u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0),
        ));
    }
    if is_digit(c) {
        let mut esc = format!("\\{ch}");
        if let Some(Tok::Ch(d)) = src.next {
            if is_digit(d) {
                src.advance()?;
                esc.push(char::from_u32(d).unwrap_or('0'));
                if let Some(Tok::Ch(e)) = src.next {
                    if is_oct(c) && is_oct(d) && is_oct(e) {
                        src.advance()?;
                        esc.push(char::from_u32(e).unwrap_or('0'));
                        let v = u32::from_str_radix(&esc[1..], 8).unwrap_or(0);
                        if v > 0o377 {
                            return Err(src.error(
                                format!("octal escape value {esc} outside of range 0-0o377"),
                                esc.len(),
                            ));
                        }
                        return Ok(Esc::Lit(v));
                    }
                }
            }
        }
        let g: usize = esc[1..].parse().unwrap_or(0);
        if g < st.groups() {
            if !st.checkgroup(g) {
                return Err(src.error("cannot refer to an open group", esc.len()));
            }
            st.check_lookbehind(g, src)?;
            return Ok(Esc::Ref(g));
        }
        return Err(src.error(format!("invalid group reference {g}"), esc.len() - 1));
    }
    if !ch.is_ascii_alphabetic() {
        return Ok(Esc::Lit(c));
    }
    Err(src.error(format!("bad escape \\{ch}"), 2))
}

fn is_space_ch(c: u32) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0a | 0x0d | 0x0b | 0x0c)
}

fn parse_seq(
    src: &mut Source,
    st: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
    flags: u32,
) -> Result<Node, ParseError> {
    let mut seq: Vec<Node> = Vec::new();
    // Whether the last item came from a quantifier (for "multiple repeat").
    let mut last_repeat = false;
    loop {
        let this = match src.next {
            None => break,
            Some(Tok::Ch(c)) if c == '|' as u32 || c == ')' as u32 => break,
            Some(t) => t,
        };
        src.advance()?;
        if verbose {
            if let Tok::Ch(c) = this {
                if is_space_ch(c) {
                    continue;
                }
                if c == '#' as u32 {
                    loop {
                        match src.get()? {
                            None => break,
                            Some(Tok::Ch(10)) => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
        }
        let c = match this {
            Tok::Esc(e) => {
                last_repeat = false;
                seq.push(match escape(src, st, e)? {
                    Esc::Lit(v) => Node::Lit(v, flags),
                    Esc::Cat(cat) => Node::Set(false, vec![SetItem::Cat(cat)], flags),
                    Esc::At(a) => Node::At(a, flags),
                    Esc::Ref(g) => Node::Backref(g, flags),
                });
                continue;
            }
            Tok::Ch(c) => c,
        };
        let ch = char::from_u32(c).unwrap_or('\0');
        match ch {
            '[' => {
                last_repeat = false;
                let here = src.tell() - 1;
                if src.is('[') {
                    st.warnings.push(Warning::Future(format!(
                        "Possible nested set at position {}",
                        src.tell()
                    )));
                }
                let negate = src.matches('^')?;
                let mut set: Vec<SetItem> = Vec::new();
                loop {
                    let Some(this) = src.get()? else {
                        return Err(src.error("unterminated character set", src.tell() - here));
                    };
                    if this == Tok::Ch(']' as u32) && !set.is_empty() {
                        break;
                    }
                    let code1 = match this {
                        Tok::Esc(e) => class_escape(src, e)?,
                        Tok::Ch(x) => {
                            let op = match char::from_u32(x) {
                                Some('-') => "difference",
                                Some('&') => "intersection",
                                Some('~') => "symmetric difference",
                                Some('|') => "union",
                                _ => "",
                            };
                            if !set.is_empty() && !op.is_empty() && src.next == Some(this) {
                                st.warnings.push(Warning::Future(format!(
                                    "Possible set {op} at position {}",
                                    src.tell() - 1
                                )));
                            }
                            Esc::Lit(x)
                        }
                    };
                    if src.matches('-')? {
                        let Some(that) = src.get()? else {
                            return Err(src.error("unterminated character set", src.tell() - here));
                        };
                        if that == Tok::Ch(']' as u32) {
                            push_item(&mut set, code1);
                            set.push(SetItem::Lit('-' as u32));
                            break;
                        }
                        let code2 = match that {
                            Tok::Esc(e) => class_escape(src, e)?,
                            Tok::Ch(x) => {
                                if x == '-' as u32 {
                                    st.warnings.push(Warning::Future(format!(
                                        "Possible set difference at position {}",
                                        src.tell() - 2
                                    )));
                                }
                                Esc::Lit(x)
                            }
                        };
                        let msg =
                            format!("bad character range {}-{}", tok_text(this), tok_text(that));
                        let off = this.len() + 1 + that.len();
                        match (code1, code2) {
                            (Esc::Lit(lo), Esc::Lit(hi)) => {
                                if hi < lo {
                                    return Err(src.error(msg, off));
                                }
                                set.push(SetItem::Range(lo, hi));
                            }
                            _ => return Err(src.error(msg, off)),
                        }
                    } else {
                        push_item(&mut set, code1);
                    }
                }
                if set.len() == 1 && !negate {
                    if let SetItem::Lit(v) = set[0] {
                        seq.push(Node::Lit(v, flags));
                        continue;
                    }
                }
                seq.push(Node::Set(negate, set, flags));
            }
            '?' | '*' | '+' | '{' => {
                let here = src.tell();
                let (min, max);
                if ch == '?' {
                    (min, max) = (0, 1);
                } else if ch == '*' {
                    (min, max) = (0, MAXREPEAT);
                } else if ch == '+' {
                    (min, max) = (1, MAXREPEAT);
                } else {
                    if src.is('}') {
                        last_repeat = false;
                        seq.push(Node::Lit(c, flags));
                        continue;
                    }
                    let lo = src.getwhile(usize::MAX, is_digit)?;
                    let hi = if src.matches(',')? {
                        src.getwhile(usize::MAX, is_digit)?
                    } else {
                        lo.clone()
                    };
                    if !src.matches('}')? {
                        last_repeat = false;
                        seq.push(Node::Lit(c, flags));
                        src.seek(here)?;
                        continue;
                    }
                    let num = |s: &str| -> Result<u64, ParseError> {
                        match s.parse::<u64>() {
                            Ok(v) if v < MAXREPEAT => Ok(v),
                            _ => Err(ParseError {
                                msg: "the repetition number is too large".into(),
                                pos: None,
                                exc: Some("OverflowError"),
                            }),
                        }
                    };
                    let mn = if lo.is_empty() { 0 } else { num(&lo)? };
                    let mx = if hi.is_empty() { MAXREPEAT } else { num(&hi)? };
                    if !hi.is_empty() && mx < mn {
                        return Err(
                            src.error("min repeat greater than max repeat", src.tell() - here)
                        );
                    }
                    (min, max) = (mn, mx);
                }
                let this_len = 1;
                let item = match seq.last() {
                    None | Some(Node::At(..)) => {
                        return Err(src.error("nothing to repeat", src.tell() - here + this_len))
                    }
                    Some(_) if last_repeat => {
                        return Err(src.error("multiple repeat", src.tell() - here + this_len))
                    }
                    Some(_) => seq.pop().unwrap(),
                };
                let kind = if src.matches('?')? {
                    RepeatKind::Lazy
                } else if src.matches('+')? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                seq.push(Node::Repeat(min, max, kind, Box::new(item)));
                last_repeat = true;
                continue;
            }
            '.' => {
                last_repeat = false;
                seq.push(Node::Any(flags));
            }
            '^' => {
                last_repeat = false;
                seq.push(Node::At(At::Beginning, flags));
            }
            '$' => {
                last_repeat = false;
                seq.push(Node::At(At::End, flags));
            }
            '(' => {
                last_repeat = false;
                let start = src.tell() - 1;
                let mut capture = true;
                let mut atomic = false;
                let mut name: Option<String> = None;
                let mut sub_flags = flags;
                let mut sub_verbose = verbose;
                if src.matches('?')? {
                    let Some(t) = src.get()? else {
                        return Err(src.error("unexpected end of pattern", 0));
                    };
                    let c2 = match t {
                        Tok::Ch(x) => char::from_u32(x).unwrap_or('\0'),
                        Tok::Esc(_) => {
                            return Err(src
                                .error(format!("unknown extension ?{}", tok_text(t)), t.len() + 1))
                        }
                    };
                    match c2 {
                        'P' => {
                            if src.matches('<')? {
                                let n = src.getuntil('>', "group name")?;
                                src.checkgroupname(&n, 1, &mut st.warnings)?;
                                name = Some(n);
                            } else if src.matches('=')? {
                                let n = src.getuntil(')', "group name")?;
                                src.checkgroupname(&n, 1, &mut st.warnings)?;
                                let nl = n.chars().count();
                                let Some(&(_, gid)) = st.names.iter().find(|(k, _)| *k == n) else {
                                    return Err(src.error(
                                        format!("unknown group name {}", py_repr(&n)),
                                        nl + 1,
                                    ));
                                };
                                if !st.checkgroup(gid) {
                                    return Err(src.error("cannot refer to an open group", nl + 1));
                                }
                                st.check_lookbehind(gid, src)?;
                                seq.push(Node::Backref(gid, flags));
                                continue;
                            } else {
                                let Some(t) = src.get()? else {
                                    return Err(src.error("unexpected end of pattern", 0));
                                };
                                return Err(src.error(
                                    format!("unknown extension ?P{}", tok_text(t)),
                                    t.len() + 2,
                                ));
                            }
                        }
                        ':' => capture = false,
                        '#' => {
                            loop {
                                if src.next.is_none() {
                                    return Err(src.error(
                                        "missing ), unterminated comment",
                                        src.tell() - start,
                                    ));
                                }
                                if src.get()? == Some(Tok::Ch(')' as u32)) {
                                    break;
                                }
                            }
                            continue;
                        }
                        '=' | '!' | '<' => {
                            let mut kind = c2;
                            let mut behind = false;
                            let saved_lb = st.lookbehind_groups;
                            if c2 == '<' {
                                let Some(t) = src.get()? else {
                                    return Err(src.error("unexpected end of pattern", 0));
                                };
                                if t != Tok::Ch('=' as u32) && t != Tok::Ch('!' as u32) {
                                    return Err(src.error(
                                        format!("unknown extension ?<{}", tok_text(t)),
                                        t.len() + 2,
                                    ));
                                }
                                kind = if t == Tok::Ch('=' as u32) { '=' } else { '!' };
                                behind = true;
                                if saved_lb.is_none() {
                                    st.lookbehind_groups = Some(st.groups());
                                }
                            }
                            let p = parse_sub(src, st, verbose, nested + 1, flags)?;
                            if behind && saved_lb.is_none() {
                                st.lookbehind_groups = None;
                            }
                            if !src.matches(')')? {
                                return Err(src.error(
                                    "missing ), unterminated subpattern",
                                    src.tell() - start,
                                ));
                            }
                            seq.push(Node::Look(behind, kind == '!', Box::new(p)));
                            continue;
                        }
                        '(' => {
                            let cond = src.getuntil(')', "group name")?;
                            let cl = cond.chars().count();
                            let gid;
                            if crate::text::str_methods::isidentifier(&cond) {
                                match st.names.iter().find(|(k, _)| *k == cond) {
                                    Some(&(_, g)) => gid = g,
                                    None => {
                                        return Err(src.error(
                                            format!("unknown group name {}", py_repr(&cond)),
                                            cl + 1,
                                        ))
                                    }
                                }
                            } else {
                                // `int(condname)`: whitespace, a sign, underscores and
                                // non-ASCII digits pass, with a DeprecationWarning.
                                let bad =
                                    || format!("bad character in group name {}", py_repr(&cond));
                                let g = match crate::text::int_text::parse_int_literal(&cond, 10) {
                                    Ok(v) if v.sign() != num_bigint::Sign::Minus => {
                                        u64::try_from(&v).unwrap_or(u64::MAX)
                                    }
                                    _ => return Err(src.error(bad(), cl + 1)),
                                };
                                if g == 0 {
                                    return Err(src.error("bad group number", cl + 1));
                                }
                                if g as usize >= MAXGROUPS {
                                    return Err(
                                        src.error(format!("invalid group reference {g}"), cl + 1)
                                    );
                                }
                                gid = g as usize;
                                st.condrefs.push((gid, src.tell() - cl - 1));
                                if !(cond.is_ascii() && crate::text::str_methods::isdecimal(&cond))
                                {
                                    let shown = if src.text {
                                        py_repr(&cond)
                                    } else {
                                        py_ascii(&cond)
                                    };
                                    st.warnings.push(Warning::Deprecation(format!(
                                        "bad character in group name {shown} at position {}",
                                        src.tell() - cl - 1
                                    )));
                                }
                            }
                            st.check_lookbehind(gid, src)?;
                            let yes = parse_seq(src, st, verbose, nested + 1, false, flags)?;
                            let no = if src.matches('|')? {
                                let n = parse_seq(src, st, verbose, nested + 1, false, flags)?;
                                if src.is('|') {
                                    return Err(src.error(
                                        "conditional backref with more than two branches",
                                        0,
                                    ));
                                }
                                n
                            } else {
                                Node::Cat(vec![])
                            };
                            if !src.matches(')')? {
                                return Err(src.error(
                                    "missing ), unterminated subpattern",
                                    src.tell() - start,
                                ));
                            }
                            seq.push(Node::Cond(gid, Box::new(yes), Box::new(no)));
                            continue;
                        }
                        '>' => {
                            capture = false;
                            atomic = true;
                        }
                        c if c == '-' || flag_of(c as u32).is_some() => {
                            match parse_flags(src, st, c)? {
                                None => {
                                    if !first || !seq.is_empty() {
                                        return Err(src.error(
                                            "global flags not at the start of the expression",
                                            src.tell() - start,
                                        ));
                                    }
                                    verbose = st.flags & FLAG_VERBOSE != 0;
                                    continue;
                                }
                                Some((add, del)) => {
                                    capture = false;
                                    sub_flags = (flags | add) & !del;
                                    if add & TYPE_FLAGS != 0 {
                                        sub_flags = (sub_flags & !TYPE_FLAGS) | add & TYPE_FLAGS;
                                    }
                                    sub_verbose = (verbose || add & FLAG_VERBOSE != 0)
                                        && del & FLAG_VERBOSE == 0;
                                }
                            }
                        }
                        c => return Err(src.error(format!("unknown extension ?{c}"), 2)),
                    }
                }
                let group = if capture {
                    let gid = st.groups();
                    if gid >= MAXGROUPS {
                        return Err(src.error("too many groups", 0));
                    }
                    if let Some(n) = &name {
                        if let Some(&(_, og)) = st.names.iter().find(|(k, _)| k == n) {
                            return Err(src.error(
                                format!(
                                    "redefinition of group name {} as group {gid}; was group {og}",
                                    py_repr(n)
                                ),
                                n.chars().count() + 1,
                            ));
                        }
                        st.names.push((n.clone(), gid));
                    }
                    st.widths.push(None);
                    Some(gid)
                } else {
                    None
                };
                let p = parse_sub(src, st, sub_verbose, nested + 1, sub_flags)?;
                if !src.matches(')')? {
                    return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
                }
                if let Some(g) = group {
                    let w = p.width(&st.group_widths());
                    st.widths[g] = Some(w);
                    seq.push(Node::Group(g, Box::new(p)));
                } else if atomic {
                    seq.push(Node::Atomic(Box::new(p)));
                } else {
                    // A plain (?:...) is repeatable as one item: keep it together.
                    seq.push(Node::Cat(vec![p]));
                }
            }
            _ => {
                last_repeat = false;
                seq.push(Node::Lit(c, flags));
            }
        }
    }
    Ok(if seq.len() == 1 {
        seq.pop().unwrap()
    } else {
        Node::Cat(seq)
    })
}

fn push_item(set: &mut Vec<SetItem>, e: Esc) {
    let item = match e {
        Esc::Lit(v) => SetItem::Lit(v),
        Esc::Cat(c) => SetItem::Cat(c),
        _ => return,
    };
    if !set.contains(&item) {
        set.push(item);
    }
}

/// `(?aiLmsux)` or `(?aiLmsux-imsx:...)`: None for global flags (added to the state),
/// else the flags added and removed for the group.
fn parse_flags(
    src: &mut Source,
    st: &mut State,
    first: char,
) -> Result<Option<(u32, u32)>, ParseError> {
    let mut add = 0u32;
    let mut del = 0u32;
    let mut c: Option<Tok> = Some(Tok::Ch(first as u32));
    let chof = |t: Option<Tok>| match t {
        Some(Tok::Ch(x)) => char::from_u32(x),
        _ => None,
    };
    if first != '-' {
        loop {
            let ch = chof(c).unwrap_or('\0');
            let flag = flag_of(ch as u32).unwrap_or(0);
            if src.text && ch == 'L' {
                return Err(src.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                ));
            }
            if !src.text && ch == 'u' {
                return Err(src.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            c = src.get()?;
            let Some(t) = c else {
                return Err(src.error("missing -, : or )", 0));
            };
            let ch = chof(c);
            if matches!(ch, Some(')' | '-' | ':')) {
                break;
            }
            if ch.and_then(|x| flag_of(x as u32)).is_none() {
                let alpha = ch.is_some_and(|x| x.is_alphabetic());
                let msg = if alpha {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(src.error(msg, t.len()));
            }
        }
    }
    let ch = chof(c);
    if ch == Some(')') {
        st.flags |= add;
        return Ok(None);
    }
    if ch == Some('-') {
        c = src.get()?;
        let Some(t) = c else {
            return Err(src.error("missing flag", 0));
        };
        if chof(c).and_then(|x| flag_of(x as u32)).is_none() {
            let alpha = chof(c).is_some_and(|x| x.is_alphabetic());
            return Err(src.error(
                if alpha {
                    "unknown flag"
                } else {
                    "missing flag"
                },
                t.len(),
            ));
        }
        loop {
            let flag = chof(c).and_then(|x| flag_of(x as u32)).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            c = src.get()?;
            let Some(t) = c else {
                return Err(src.error("missing :", 0));
            };
            if chof(c) == Some(':') {
                break;
            }
            if chof(c).and_then(|x| flag_of(x as u32)).is_none() {
                let alpha = chof(c).is_some_and(|x| x.is_alphabetic());
                return Err(src.error(if alpha { "unknown flag" } else { "missing :" }, t.len()));
            }
        }
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}
