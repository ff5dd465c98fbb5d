//! The compiled-code cache of the library's Python modules: the code object a
//! library module's source compiles to, kept on disk so the next process loads it
//! instead of lexing, parsing and compiling the source again (CPython loads its own
//! library from `__pycache__/*.pyc` files, or from code objects frozen into the
//! binary, for the same reason).
//!
//! Where: `$MEMPY_CACHE_DIR` (empty: no cache), else `$XDG_CACHE_HOME/mempy`, else
//! `$HOME/.cache/mempy`; inside it one directory per build of mempy, named by the
//! binary's identity (device, inode, size and modification time of the running
//! executable, with the format version), so a rebuilt binary never reads what an
//! older compiler wrote and binaries of different builds used side by side each keep
//! their own entries. Each entry is one module source's code object
//! (`bytecode/serial.rs`), named by the module and a hash of its source text and the
//! optimization level, with a header repeating both keys and a checksum of the body.
//!
//! Robustness: any failure (no home directory, a read-only or missing directory, a
//! damaged, truncated or foreign entry) only means the source is compiled as before;
//! entries are written to a private temporary file and renamed into place, so
//! processes running at the same time see either no entry or a whole one. When a
//! process makes a build's directory it removes the directories of builds whose
//! executable is gone or was rebuilt since (their entries can never be read again).
//!
//! Nothing observable changes: the decoded tree is the compiler's output (the
//! round trip is tested for every library module), the VM makes constants, interned
//! names and caches from it exactly as from a fresh compile, and the modules whose
//! compilation warns are never cached (they warn on every import, as before).

use crate::bytecode::CodeObject;
use std::cell::OnceCell;
use std::io::Write;
use std::os::unix::ffi::OsStringExt;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Version of the entry layout and of `bytecode::serial`'s format; part of the
/// build directory's name.
const FORMAT: u32 = 1;
const MAGIC: &[u8; 4] = b"MPYC";
/// magic, format, build key, source key, body checksum.
const HEADER: usize = 4 + 4 + 8 + 8 + 8;

/// The build's cache directory (None: no cache in this process).
struct BuildDir {
    dir: PathBuf,
    key: u64,
    /// Whether this process has made sure the directory exists.
    made: std::cell::Cell<bool>,
}

thread_local! {
    static BUILD: OnceCell<Option<BuildDir>> = const { OnceCell::new() };
}

/// A deterministic 64-bit hash of `bytes`, eight bytes a step: each step is a
/// bijection of the running value for a given word, so inputs of one length that
/// differ in a single word always hash apart; a damaged or different text is found
/// with the certainty a 64-bit check gives, at a fraction of SipHash's cost (the
/// sources and entries of a start-up are hashed on every run).
fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let step = |h: u64, w: u64| (h.rotate_left(23) ^ w).wrapping_mul(K);
    let mut h = step(seed, bytes.len() as u64);
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        h = step(h, u64::from_le_bytes(w.try_into().unwrap()));
    }
    let mut tail = [0u8; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    h = step(h, u64::from_le_bytes(tail));
    // A final mix, so every input bit reaches every output bit.
    h ^= h >> 29;
    h = h.wrapping_mul(K);
    h ^ (h >> 32)
}

/// The identity of the executable at `exe` now (None when it cannot be read).
fn exe_key(exe: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(exe).ok()?;
    let id = [
        FORMAT as u64,
        m.dev(),
        m.ino(),
        m.size(),
        m.mtime() as u64,
        m.mtime_nsec() as u64,
    ];
    let bytes: Vec<u8> = id.iter().flat_map(|w| w.to_le_bytes()).collect();
    Some(hash_bytes(0, &bytes))
}

fn cache_root() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("MEMPY_CACHE_DIR") {
        return (!d.is_empty()).then(|| PathBuf::from(d));
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join("mempy"));
    }
    let home = std::env::var_os("HOME").filter(|d| !d.is_empty())?;
    Some(PathBuf::from(home).join(".cache").join("mempy"))
}

fn build_dir() -> Option<BuildDir> {
    // Made absolute now: the program may change directory before its next import.
    let root = std::path::absolute(cache_root()?).ok()?;
    let exe = std::env::current_exe().ok()?;
    let key = exe_key(&exe)?;
    Some(BuildDir {
        dir: root.join(format!("{key:016x}")),
        key,
        made: std::cell::Cell::new(false),
    })
}

fn with_build<T>(f: impl FnOnce(&BuildDir) -> Option<T>) -> Option<T> {
    BUILD.with(|b| b.get_or_init(build_dir).as_ref().and_then(f))
}

/// A module source the cache is asked about.
#[derive(Clone, Copy)]
pub enum Source<'a> {
    /// Text compiled into the executable (`include_str!`): the build directory's key
    /// (the executable's identity) already fixes it, so its name and length are key
    /// enough, and the text is not read. Hashing it read every page of every
    /// imported module's source out of the binary on each start: half a megabyte of
    /// resident memory for `import dataclasses, enum, typing`, which the cached code
    /// object never needs.
    Embedded(&'static str),
    /// Text made at run time: keyed by a hash of all of it.
    Generated(&'a str),
}

/// The key of one module source: its name, its text (see `Source`) and the
/// optimization level the compiler applies (`-O` leaves out asserts, `-OO`
/// docstrings too).
fn source_key(filename: &str, text: Source) -> u64 {
    let level = crate::compiler::optimize_level() as u64;
    let h = hash_bytes(level, filename.as_bytes());
    match text {
        Source::Embedded(t) => hash_bytes(h ^ 1, &(t.len() as u64).to_le_bytes()),
        Source::Generated(t) => hash_bytes(h, t.as_bytes()),
    }
}

fn entry_path(b: &BuildDir, filename: &str, skey: u64) -> PathBuf {
    let stem: String = filename
        .trim_start_matches("<frozen ")
        .trim_end_matches('>')
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    b.dir.join(format!("{stem}-{skey:016x}.mpyc"))
}

fn checksum(body: &[u8]) -> u64 {
    hash_bytes(FORMAT as u64, body)
}

/// The cached code object of a library module's source, if there is a valid entry.
pub fn load(filename: &str, text: Source) -> Option<Rc<CodeObject>> {
    if crate::compiler::is_traced(filename) {
        return None;
    }
    with_build(|b| {
        let skey = source_key(filename, text);
        let bytes = std::fs::read(entry_path(b, filename, skey)).ok()?;
        let (head, body) = bytes.split_at_checked(HEADER)?;
        let word = |at: usize| u64::from_le_bytes(head[at..at + 8].try_into().unwrap());
        let format = u32::from_le_bytes(head[4..8].try_into().unwrap());
        let valid = &head[..4] == MAGIC
            && format == FORMAT
            && word(8) == b.key
            && word(16) == skey
            && word(24) == checksum(body);
        if !valid {
            return None;
        }
        crate::bytecode::serial::decode(body)
    })
}

/// Stores the code object `code` compiled from a library module's source, for later
/// processes; failures are silent (the next process compiles again).
pub fn store(filename: &str, text: Source, code: &CodeObject) {
    if crate::compiler::is_traced(filename) {
        return;
    }
    with_build(|b| {
        if !b.made.get() {
            make_build_dir(b)?;
            b.made.set(true);
        }
        let skey = source_key(filename, text);
        let body = crate::bytecode::serial::encode(code);
        let mut out = Vec::with_capacity(HEADER + body.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&b.key.to_le_bytes());
        out.extend_from_slice(&skey.to_le_bytes());
        out.extend_from_slice(&checksum(&body).to_le_bytes());
        out.extend_from_slice(&body);
        let path = entry_path(b, filename, skey);
        write_atomically(&path, &out)
    });
}

/// Writes `bytes` to a fresh temporary file beside `path` and renames it to `path`.
fn write_atomically(path: &Path, bytes: &[u8]) -> Option<()> {
    thread_local! {
        static SERIAL: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let serial = SERIAL.with(|n| n.replace(n.get() + 1));
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".{}-{serial}.tmp", std::process::id()));
    let tmp = PathBuf::from(tmp);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| f.write_all(bytes))
        .and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
        return None;
    }
    Some(())
}

/// Makes the build's directory. The process that creates it records which executable
/// it belongs to (a file `exe` holding its path) and removes the directories of other
/// builds whose executable no longer has the identity they were made for.
fn make_build_dir(b: &BuildDir) -> Option<()> {
    let root = b.dir.parent()?;
    std::fs::create_dir_all(root).ok()?;
    match std::fs::create_dir(&b.dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Some(()),
        Err(_) => return None,
    }
    let exe = std::env::current_exe().ok()?;
    write_atomically(&b.dir.join("exe"), exe.as_os_str().as_encoded_bytes())?;
    for entry in std::fs::read_dir(root).ok()?.flatten() {
        let dir = entry.path();
        if dir == b.dir || !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let Some(name) = dir.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        // Only directories this cache made: a key's hex digits and an `exe` record.
        let Ok(key) = u64::from_str_radix(name, 16) else {
            continue;
        };
        let Ok(owner) = std::fs::read(dir.join("exe")) else {
            continue;
        };
        let owner = PathBuf::from(std::ffi::OsString::from_vec(owner));
        if name.len() == 16 && exe_key(&owner) != Some(key) {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    Some(())
}
