//! File objects (CPython's Modules/_io: `FileIO`, `BufferedReader`/`BufferedWriter`/
//! `BufferedRandom` and `TextIOWrapper`, flattened into one object per `open()` at the
//! level a user sees): the open OS file, its read-ahead and write buffers, the mode,
//! the text layer's encoding and newline handling.
//!
//! A file object is an instance of one of the `_io` classes `methods.rs` makes; its
//! state lives here, in the VM's [`FileTable`] under the instance's heap reference
//! (mempy instances have no native payload slot). `methods.rs` has `open()` and the
//! methods; this file is the data and the byte/text algorithms (no VM).
//!
//! Text files read UTF-8 (or ASCII / Latin-1) with universal newlines by default
//! (`\r\n` and `\r` read as `\n`), and write `\n` as is (Linux's `os.linesep`). Text
//! `tell()` is the byte offset (CPython's opaque cookie is the same number for files
//! read from a character boundary).

pub mod methods;

use std::collections::HashMap;
use std::fs::File;
use std::io::{Seek, SeekFrom, Write};

use crate::text::charmap::Charmap;
use crate::value::ObjRef;

/// Bytes read from the OS at a time (CPython's `DEFAULT_BUFFER_SIZE`).
pub const CHUNK: usize = 8192;

/// A parsed `open()` mode (CPython's `_io.open` checks, same messages).
#[derive(Clone, Debug, PartialEq)]
pub struct Mode {
    pub reading: bool,
    pub writing: bool,
    pub appending: bool,
    pub creating: bool,
    pub updating: bool,
    pub binary: bool,
}

impl Mode {
    pub fn parse(mode: &str) -> Result<Mode, String> {
        let mut m = Mode {
            reading: false,
            writing: false,
            appending: false,
            creating: false,
            updating: false,
            binary: false,
        };
        let mut text = false;
        let mut seen = String::new();
        for c in mode.chars() {
            if !"rwaxb+t".contains(c) || seen.contains(c) {
                return Err(format!("invalid mode: '{mode}'"));
            }
            seen.push(c);
            match c {
                'r' => m.reading = true,
                'w' => m.writing = true,
                'a' => m.appending = true,
                'x' => m.creating = true,
                '+' => m.updating = true,
                'b' => m.binary = true,
                _ => text = true,
            }
        }
        if text && m.binary {
            return Err("can't have text and binary mode at once".into());
        }
        let kinds = [m.reading, m.writing, m.appending, m.creating]
            .iter()
            .filter(|&&b| b)
            .count();
        if kinds == 0 {
            return Err(
                "Must have exactly one of create/read/write/append mode and at most one plus"
                    .into(),
            );
        }
        if kinds > 1 {
            return Err("must have exactly one of create/read/write/append mode".into());
        }
        Ok(m)
    }

    pub fn readable(&self) -> bool {
        self.reading || self.updating
    }

    pub fn writable(&self) -> bool {
        !self.reading || self.updating
    }

    /// `FileIO.mode` (also a binary file's): `rb`, `wb`, `ab`, `xb`, with `+`. As in
    /// CPython's FileIO, a file opened `w+` is both readable and writable and reports
    /// `rb+`.
    pub fn raw_mode(&self) -> String {
        let base = if self.creating {
            "xb"
        } else if self.appending {
            "ab"
        } else if self.reading || self.updating {
            "rb"
        } else {
            "wb"
        };
        if self.updating {
            format!("{base}+")
        } else {
            base.to_string()
        }
    }

    /// The class name CPython's `open()` returns for this mode.
    pub fn class_name(&self) -> &'static str {
        if !self.binary {
            "TextIOWrapper"
        } else if self.updating {
            "BufferedRandom"
        } else if self.reading {
            "BufferedReader"
        } else {
            "BufferedWriter"
        }
    }
}

/// A text encoding `open()` accepts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Encoding {
    Utf8,
    /// `utf-8-sig`: UTF-8 that skips a byte-order mark at the start of the stream
    /// and writes one there (`FileState::sig_read`/`sig_write`).
    Utf8Sig,
    Ascii,
    Latin1,
    /// A single-byte codec with a decoding table (cp1252, cp437, koi8-r, ...).
    Charmap(Charmap),
}

impl Encoding {
    /// CPython's codec lookup, for the codecs mempy has.
    pub fn lookup(name: &str) -> Option<Encoding> {
        let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
        Some(match n.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Encoding::Utf8,
            "utf_8_sig" => Encoding::Utf8Sig,
            "ascii" | "us_ascii" | "646" => Encoding::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" => Encoding::Latin1,
            _ => return crate::text::charmap::lookup(name).map(Encoding::Charmap),
        })
    }

    /// The codec name errors give.
    pub fn codec_name(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8Sig => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
            Encoding::Charmap(_) => "charmap",
        }
    }
}

/// How undecodable or unencodable text is handled (`errors=`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Errors {
    Strict,
    Replace,
    Ignore,
}

/// A decoding or encoding failure: (byte or char position, the offending value,
/// CPython's reason).
#[derive(Debug)]
pub struct CodecError {
    pub decoding: bool,
    pub start: usize,
    pub value: u32,
    pub reason: &'static str,
}

/// The state of one open file.
pub struct FileState {
    /// None once closed.
    pub file: Option<File>,
    /// The name as `open()` got it (a path, or the fd as text when `from_fd`).
    pub name: String,
    pub from_fd: bool,
    pub mode: Mode,
    /// The mode string given to `open()` (a text file's `mode` attribute).
    pub mode_text: String,
    pub encoding: Encoding,
    /// The encoding name shown by `encoding` (`UTF-8` when defaulted, as CPython's
    /// locale encoding).
    pub encoding_name: String,
    pub errors: Errors,
    pub errors_name: String,
    /// `newline=`: None (universal, translated), `""` (universal, untranslated),
    /// `"\n"`, `"\r"`, `"\r\n"`.
    pub newline: Option<String>,
    /// Read-ahead: bytes read from the OS and not yet consumed.
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    pub eof: bool,
    /// Text decoded from the read-ahead and not yet delivered (text files).
    pub tbuf: String,
    pub tpos: usize,
    /// Bytes written and not yet passed to the OS.
    pub wbuf: Vec<u8>,
    /// `closefd=False`: closing leaves the descriptor open.
    pub closefd: bool,
    /// A raw file (`open(..., 'b', buffering=0)`, CPython's FileIO): each write goes
    /// to the OS at once.
    pub unbuffered: bool,
    /// Reads the process's standard input (`sys.stdin`; `file` is None).
    pub stdin: bool,
    /// Writes the process's stdout (1) or stderr (2) through the VM's buffers
    /// (`sys.stdout`, `sys.stderr` and their `.buffer`s; `file` is None), 0 otherwise.
    pub std_out: u8,
    pub closed: bool,
    /// `utf-8-sig`: a byte-order mark at the start of the stream is still to be
    /// skipped (the decoder's `first` flag; set again by a seek to 0).
    pub sig_read: bool,
    /// `utf-8-sig`: the next write starts with a byte-order mark (the encoder at the
    /// start of the stream: a file opened or sought at position 0).
    pub sig_write: bool,
}

/// The UTF-8 byte-order mark (`utf-8-sig`).
const BOM_UTF8: &[u8] = b"\xef\xbb\xbf";

impl FileState {
    pub fn closed(&self) -> bool {
        self.closed
    }

    /// Passes buffered writes to the OS.
    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let Some(f) = self.file.as_mut() else {
            return Ok(());
        };
        let r = f.write_all(&self.wbuf);
        self.wbuf.clear();
        r
    }

    /// Before writing after reading: moves the OS position back over the unread bytes
    /// (not over decoded, undelivered text: as CPython's text layer, whose read-ahead
    /// chunk the buffered layer has already passed, a text file writes after it).
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let unread = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        self.tbuf.clear();
        self.tpos = 0;
        self.eof = false;
        if unread > 0 {
            if let Some(f) = self.file.as_mut() {
                f.seek(SeekFrom::Current(-unread))?;
            }
        }
        Ok(())
    }

    /// Reads one more chunk into the read-ahead buffer; false at end of file.
    pub fn fill(&mut self) -> std::io::Result<bool> {
        self.flush()?;
        if self.eof {
            return Ok(false);
        }
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let mut chunk = [0u8; CHUNK];
        let stdin = self.stdin;
        // Through `interrupt::read_fd`: a read that waits (stdin, a pipe, a terminal)
        // ends with an `Interrupted` error on Ctrl-C, which the methods raise as
        // KeyboardInterrupt.
        use std::os::fd::AsRawFd;
        let n = match self.file.as_ref() {
            Some(f) => crate::runtime::interrupt::read_fd(f.as_raw_fd(), &mut chunk)?,
            None if stdin => crate::runtime::interrupt::read_fd(0, &mut chunk)?,
            None => 0,
        };
        if n == 0 {
            self.eof = true;
            return Ok(false);
        }
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(true)
    }

    /// The unread bytes.
    pub fn pending(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Up to `n` bytes (all to end of file for None).
    pub fn read_bytes(&mut self, n: Option<usize>) -> std::io::Result<Vec<u8>> {
        loop {
            let have = self.rbuf.len() - self.rpos;
            if n.is_some_and(|n| have >= n) || !self.fill()? {
                break;
            }
        }
        let have = self.rbuf.len() - self.rpos;
        let take = n.map_or(have, |n| n.min(have));
        let out = self.rbuf[self.rpos..self.rpos + take].to_vec();
        self.rpos += take;
        Ok(out)
    }

    /// One line of bytes, through `\n` (or at most `limit` bytes).
    pub fn read_line_bytes(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        let mut scanned = 0;
        loop {
            let p = self.pending();
            if let Some(i) = p[scanned..].iter().position(|&b| b == b'\n') {
                let end = scanned + i + 1;
                let end = limit.map_or(end, |l| end.min(l));
                return self.read_bytes(Some(end));
            }
            scanned = p.len();
            if limit.is_some_and(|l| scanned >= l) || !self.fill()? {
                let end = limit.map_or(scanned, |l| scanned.min(l));
                return self.read_bytes(Some(end));
            }
        }
    }

    /// Decodes more text into `tbuf`: the unread bytes up to a character boundary, or
    /// after reading another chunk; at end of file the incomplete rest too. False when
    /// nothing more can come.
    fn decode_more(&mut self) -> Result<bool, FileError> {
        if self.tpos > 0 && self.tpos == self.tbuf.len() {
            self.tbuf.clear();
            self.tpos = 0;
        }
        loop {
            if self.sig_read {
                // Undecided while the input so far could still be a mark's start.
                let p = &self.rbuf[self.rpos..];
                if p.len() >= BOM_UTF8.len() || !BOM_UTF8.starts_with(p) {
                    if p.starts_with(BOM_UTF8) {
                        self.rpos += BOM_UTF8.len();
                    }
                    self.sig_read = false;
                } else if self.eof {
                    // A file that is only the start of a mark: CPython's decoder
                    // keeps waiting for the rest, and the bytes never show.
                    self.rpos += p.len();
                    self.sig_read = false;
                }
            }
            let p = &self.rbuf[self.rpos..];
            if !p.is_empty() && !self.sig_read {
                let (text, used) = decode(p, self.encoding, self.errors, self.eof)?;
                if used > 0 {
                    self.rpos += used;
                    self.tbuf.push_str(&text);
                    return Ok(true);
                }
            }
            if !self.fill()? {
                if self.rpos < self.rbuf.len() {
                    continue;
                }
                return Ok(false);
            }
        }
    }

    /// True when no more input can arrive (for a `\r` at the end of the text).
    fn input_done(&self) -> bool {
        self.eof && self.rpos >= self.rbuf.len()
    }

    /// Reads text: everything (None) or `n` characters, newlines handled per
    /// `newline`.
    pub fn read_text(&mut self, n: Option<usize>) -> Result<String, FileError> {
        let tr = self.translate();
        if n.is_none() {
            // Everything: read it all first, so a decoding error's position counts
            // from where this read started (as CPython's `read()`).
            while self.fill()? {}
        }
        loop {
            let enough = match n {
                None => false,
                Some(n) => {
                    let rest = &self.tbuf[self.tpos..];
                    let c = translated_len(rest, tr);
                    c > n || (c == n && !(tr && rest.ends_with('\r')))
                }
            };
            if enough || !self.decode_more()? {
                break;
            }
        }
        let rest = &self.tbuf[self.tpos..];
        if tr {
            let (text, extra) = translate_take(rest, n);
            self.tpos = self.tbuf.len() - extra;
            return Ok(text);
        }
        let cut = match n {
            Some(n) => rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i),
            None => rest.len(),
        };
        let out = rest[..cut].to_string();
        self.tpos += cut;
        Ok(out)
    }

    /// Universal newlines translated to `\n` on reading?
    pub fn translate(&self) -> bool {
        self.newline.is_none()
    }

    /// One line of text (with its ending), or at most `limit` characters.
    pub fn read_line_text(&mut self, limit: Option<usize>) -> Result<String, FileError> {
        loop {
            let rest = &self.tbuf[self.tpos..];
            let end = line_end(rest, self.newline.as_deref(), self.input_done());
            let lim_cut = limit.and_then(|l| rest.char_indices().nth(l).map(|(i, _)| i));
            let cut = match (end, lim_cut) {
                (Some(e), Some(l)) => Some(e.min(l)),
                (e, l) => e.or(l),
            };
            if let Some(cut) = cut {
                return Ok(self.take_line(cut));
            }
            if !self.decode_more()? {
                let all = self.tbuf.len() - self.tpos;
                return Ok(self.take_line(all));
            }
        }
    }

    /// Consumes `cut` bytes of decoded text as a line, its ending translated.
    fn take_line(&mut self, cut: usize) -> String {
        let line = &self.tbuf[self.tpos..self.tpos + cut];
        self.tpos += cut;
        if self.translate() && (line.ends_with('\r') || line.ends_with("\r\n")) {
            let t = line.trim_end_matches('\n').trim_end_matches('\r');
            format!("{t}\n")
        } else {
            line.to_string()
        }
    }

    /// The bytes the undelivered decoded text came from.
    fn unread_text_bytes(&self) -> usize {
        let rest = &self.tbuf[self.tpos..];
        match self.encoding {
            Encoding::Utf8 | Encoding::Utf8Sig => rest.len(),
            // One byte per character (as for ASCII, a byte `errors="ignore"`
            // dropped is not counted).
            Encoding::Ascii | Encoding::Latin1 | Encoding::Charmap(_) => rest.chars().count(),
        }
    }

    /// Buffers `data` for writing (flushed at CHUNK bytes, `flush`, `seek`, `close`).
    pub fn write_bytes(&mut self, data: &[u8]) -> std::io::Result<()> {
        if !self.rbuf.is_empty() || !self.tbuf.is_empty() {
            self.drop_read_ahead()?;
        }
        self.wbuf.extend_from_slice(data);
        if self.unbuffered || self.wbuf.len() >= CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    /// Text to bytes for writing: `\n` becomes `newline` when that is `\r` or `\r\n`.
    /// A `utf-8-sig` file's first write after opening or seeking to the start gets
    /// the byte-order mark in front (even an empty one, as CPython's encoder).
    pub fn encode_text(&mut self, s: &str) -> Result<Vec<u8>, CodecError> {
        let s = match self.newline.as_deref() {
            Some(nl @ ("\r" | "\r\n")) => std::borrow::Cow::Owned(s.replace('\n', nl)),
            _ => std::borrow::Cow::Borrowed(s),
        };
        let mut out = encode(&s, self.encoding, self.errors)?;
        if self.sig_write {
            self.sig_write = false;
            out.splice(0..0, BOM_UTF8.iter().copied());
        }
        Ok(out)
    }

    /// The position for `tell()`: the OS position less the unread bytes, plus the
    /// unwritten ones.
    pub fn tell(&mut self) -> std::io::Result<u64> {
        let unread = (self.rbuf.len() - self.rpos + self.unread_text_bytes()) as u64;
        let pending = self.wbuf.len() as u64;
        let Some(f) = self.file.as_mut() else {
            return Ok(0);
        };
        let pos = f.stream_position()?;
        Ok((pos + pending).saturating_sub(unread))
    }

    pub fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.flush()?;
        let unread = (self.rbuf.len() - self.rpos + self.unread_text_bytes()) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        self.tbuf.clear();
        self.tpos = 0;
        self.eof = false;
        let Some(f) = self.file.as_mut() else {
            return Ok(0);
        };
        let pos = match pos {
            SeekFrom::Current(d) => SeekFrom::Current(d - unread),
            p => p,
        };
        let at = f.seek(pos)?;
        if self.encoding == Encoding::Utf8Sig {
            // As CPython's TextIOWrapper: the codec starts over at position 0.
            self.sig_read = at == 0;
            self.sig_write = at == 0 && self.mode.writable();
        }
        Ok(at)
    }

    /// Flushes and closes (the OS file is closed when dropped, unless `closefd` is
    /// false).
    pub fn close(&mut self) -> std::io::Result<()> {
        let r = self.flush();
        self.closed = true;
        if let Some(f) = self.file.take() {
            if !self.closefd {
                #[cfg(unix)]
                {
                    use std::os::unix::io::IntoRawFd;
                    let _ = f.into_raw_fd();
                }
                #[cfg(not(unix))]
                drop(f);
            }
        }
        self.rbuf.clear();
        self.rpos = 0;
        self.tbuf.clear();
        self.tpos = 0;
        r
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

/// A failure reading text: from the OS or from the decoder.
pub enum FileError {
    Io(std::io::Error),
    Codec(CodecError),
}

impl From<std::io::Error> for FileError {
    fn from(e: std::io::Error) -> Self {
        FileError::Io(e)
    }
}

impl From<CodecError> for FileError {
    fn from(e: CodecError) -> Self {
        FileError::Codec(e)
    }
}

/// The end (exclusive byte index) of the first complete line in `s`, per `newline`;
/// a `\r` at the very end is complete only at end of file (it may start `\r\n`).
fn line_end(s: &str, newline: Option<&str>, at_eof: bool) -> Option<usize> {
    match newline {
        None | Some("") => {
            let b = s.as_bytes();
            for (i, &c) in b.iter().enumerate() {
                if c == b'\n' {
                    return Some(i + 1);
                }
                if c == b'\r' {
                    if i + 1 < b.len() {
                        return Some(if b[i + 1] == b'\n' { i + 2 } else { i + 1 });
                    }
                    return at_eof.then_some(i + 1);
                }
            }
            None
        }
        Some(nl) => s.find(nl).map(|i| i + nl.len()),
    }
}

/// Number of characters `raw` reads as, with universal newlines if `translate`.
fn translated_len(raw: &str, translate: bool) -> usize {
    let n = raw.chars().count();
    if translate {
        n - raw.matches("\r\n").count()
    } else {
        n
    }
}

/// The first `n` characters (all for None) of `raw` with `\r\n`/`\r` read as `\n`,
/// and how many bytes at the end of `raw` were not used.
fn translate_take(raw: &str, n: Option<usize>) -> (String, usize) {
    let mut out = String::new();
    let mut count = 0;
    let mut it = raw.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if n.is_some_and(|n| count >= n) {
            return (out, raw.len() - i);
        }
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
        count += 1;
    }
    (out, 0)
}

/// Decodes `b`; unless `final_`, an incomplete character at the end is left
/// (returns the text and the bytes used).
pub fn decode(
    b: &[u8],
    enc: Encoding,
    errors: Errors,
    final_: bool,
) -> Result<(String, usize), CodecError> {
    match enc {
        Encoding::Latin1 => Ok((b.iter().map(|&c| c as char).collect(), b.len())),
        Encoding::Charmap(m) => {
            let mut s = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                match m.decode_byte(c) {
                    Some(ch) => s.push(ch),
                    None => match errors {
                        Errors::Strict => {
                            return Err(CodecError {
                                decoding: true,
                                start: i,
                                value: c as u32,
                                reason: crate::text::charmap::UNDEFINED,
                            })
                        }
                        Errors::Replace => s.push('\u{fffd}'),
                        Errors::Ignore => {}
                    },
                }
            }
            Ok((s, b.len()))
        }
        Encoding::Ascii => {
            let mut s = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    s.push(c as char);
                } else {
                    match errors {
                        Errors::Strict => {
                            return Err(CodecError {
                                decoding: true,
                                start: i,
                                value: c as u32,
                                reason: "ordinal not in range(128)",
                            })
                        }
                        Errors::Replace => s.push('\u{fffd}'),
                        Errors::Ignore => {}
                    }
                }
            }
            Ok((s, b.len()))
        }
        Encoding::Utf8 | Encoding::Utf8Sig => {
            let mut s = String::with_capacity(b.len());
            let mut i = 0;
            while i < b.len() {
                match std::str::from_utf8(&b[i..]) {
                    Ok(t) => {
                        s.push_str(t);
                        i = b.len();
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        s.push_str(std::str::from_utf8(&b[i..i + good]).unwrap_or(""));
                        i += good;
                        match e.error_len() {
                            None if !final_ => return Ok((s, i)),
                            bad => {
                                let reason = match (bad, b[i]) {
                                    (None, _) => "unexpected end of data",
                                    (_, 0x80..=0xbf) | (_, 0xf8..=0xff) => "invalid start byte",
                                    _ => "invalid continuation byte",
                                };
                                match errors {
                                    Errors::Strict => {
                                        return Err(CodecError {
                                            decoding: true,
                                            start: i,
                                            value: b[i] as u32,
                                            reason,
                                        })
                                    }
                                    Errors::Replace => s.push('\u{fffd}'),
                                    Errors::Ignore => {}
                                }
                                i += bad.unwrap_or(b.len() - i);
                            }
                        }
                    }
                }
            }
            Ok((s, i))
        }
    }
}

/// Encodes `s`.
pub fn encode(s: &str, enc: Encoding, errors: Errors) -> Result<Vec<u8>, CodecError> {
    let limit = match enc {
        Encoding::Utf8 | Encoding::Utf8Sig => return Ok(s.as_bytes().to_vec()),
        Encoding::Ascii => 0x80,
        Encoding::Latin1 => 0x100,
        Encoding::Charmap(m) => return encode_charmap(s, m, errors),
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u8);
        } else {
            match errors {
                Errors::Strict => {
                    return Err(CodecError {
                        decoding: false,
                        start: i,
                        value: c as u32,
                        reason: if limit == 0x80 {
                            "ordinal not in range(128)"
                        } else {
                            "ordinal not in range(256)"
                        },
                    })
                }
                Errors::Replace => out.push(b'?'),
                Errors::Ignore => {}
            }
        }
    }
    Ok(out)
}

/// Encodes `s` by a charmap codec's table.
fn encode_charmap(s: &str, m: Charmap, errors: Errors) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        match m.encode_char(c) {
            Some(b) => out.push(b),
            None => match errors {
                Errors::Strict => {
                    return Err(CodecError {
                        decoding: false,
                        start: i,
                        value: c as u32,
                        reason: crate::text::charmap::UNDEFINED,
                    })
                }
                // '?' if the codec has it, as the replace handler's output is
                // encoded again.
                Errors::Replace => out.extend(m.encode_char('?')),
                Errors::Ignore => {}
            },
        }
    }
    Ok(out)
}

/// The VM's open files, by the heap reference of their file object.
#[derive(Default)]
pub struct FileTable {
    pub files: HashMap<ObjRef, FileState>,
    /// The `_io` classes, once made: TextIOWrapper, BufferedReader, BufferedWriter,
    /// BufferedRandom, FileIO.
    pub classes: Option<[ObjRef; 5]>,
}

impl FileTable {
    /// Flushes and closes every open file (interpreter exit).
    pub fn close_all(&mut self) {
        for (_, mut f) in self.files.drain() {
            let _ = f.close();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_are_checked_like_cpython() {
        assert!(Mode::parse("r").unwrap().readable());
        assert_eq!(Mode::parse("r+b").unwrap().class_name(), "BufferedRandom");
        assert_eq!(Mode::parse("ab").unwrap().raw_mode(), "ab");
        assert_eq!(Mode::parse("w+b").unwrap().raw_mode(), "rb+");
        assert_eq!(Mode::parse("wb").unwrap().raw_mode(), "wb");
        assert_eq!(
            Mode::parse("rw").unwrap_err(),
            "must have exactly one of create/read/write/append mode"
        );
        assert_eq!(Mode::parse("rr").unwrap_err(), "invalid mode: 'rr'");
        assert_eq!(
            Mode::parse("tb").unwrap_err(),
            "can't have text and binary mode at once"
        );
    }

    #[test]
    fn universal_newlines() {
        assert_eq!(line_end("ab\r", None, false), None);
        assert_eq!(line_end("ab\r", None, true), Some(3));
        assert_eq!(line_end("ab\r\nc", None, false), Some(4));
        assert_eq!(
            translate_take("a\r\nb\rc", None),
            ("a\nb\nc".to_string(), 0)
        );
        assert_eq!(translate_take("a\r\nbc", Some(2)), ("a\n".to_string(), 2));
    }

    #[test]
    fn utf8_decoding_keeps_a_split_character() {
        let b = "é".as_bytes();
        let (s, used) = decode(&b[..1], Encoding::Utf8, Errors::Strict, false).unwrap();
        assert_eq!((s.as_str(), used), ("", 0));
        let e = decode(&[0xff], Encoding::Utf8, Errors::Strict, true).unwrap_err();
        assert_eq!(e.reason, "invalid start byte");
    }
}
