//! The compiled-code cache of the library's Python modules
//! (`src/runtime/modules/frozen_cache.rs`): a code object read back from the cache is
//! the one the compiler makes, a program behaves the same with the cache empty, full
//! or absent, and a cache that is damaged, unwritable, shared by processes starting
//! together or left behind by an older build never changes what a program does.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("mempy-frozen-cache-{}-{tag}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

/// Every library source, by the name its code objects carry.
fn library_sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            let stem = p.file_stem().unwrap().to_str().unwrap().to_string();
            if p.is_dir() {
                walk(&p, &format!("{prefix}{stem}."), out);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push((format!("{prefix}{stem}"), fs::read_to_string(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/runtime/modules/py");
    walk(&root, "", &mut out);
    assert!(out.len() > 50, "found {} library sources", out.len());
    out
}

/// Encoding and decoding gives back the compiler's code object, field for field
/// (the `Debug` form shows every field, nested code objects included), for every
/// library module at the optimization levels that change code; and no library module
/// warns when compiled, so each one is cached.
#[test]
fn every_library_module_round_trips() {
    use mempy::bytecode::serial;
    for (name, text) in library_sources() {
        let src = mempy::source::SourceFile::new(&format!("<frozen {name}>"), &text);
        for level in [0, 2] {
            let (code, warnings) = mempy::compiler::collecting_warnings(|| {
                mempy::compiler::with_optimize(level, || {
                    mempy::compiler::compile_source(&src, false)
                })
            });
            let code = code.unwrap_or_else(|e| panic!("{name}: {}", e.render_cpython(&src)));
            // A source that warns is never cached (it must warn at every import).
            let said: Vec<_> = warnings.iter().map(|w| &w.msg).collect();
            assert!(said.is_empty(), "{name} warns when compiled: {said:?}");
            let bytes = serial::encode(&code);
            let back = serial::decode(&bytes).unwrap_or_else(|| panic!("{name}: no decode"));
            assert_eq!(
                format!("{code:?}"),
                format!("{back:?}"),
                "{name} at -O{level}"
            );
            // Every strict prefix is refused, not misread.
            for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
                assert!(
                    serial::decode(&bytes[..cut]).is_none(),
                    "{name} cut at {cut}"
                );
            }
        }
    }
}

/// A program whose output shows what a compile decides (code object attributes,
/// line tables, positions, docstrings, constants) and what the runtime makes of it
/// (reference counts, gc counts, sizes, identities, a traceback through frozen frames).
const PROBE: &str = r#"
import sys, gc, enum, dataclasses, typing, json, collections, functools, re, decimal
import fractions, datetime, inspect, string, copy, random

def code_facts(f):
    c = f.__code__
    consts = [k for k in c.co_consts if not hasattr(k, 'co_code')]
    return (c.co_name, c.co_qualname, c.co_filename, c.co_firstlineno, c.co_argcount,
            c.co_posonlyargcount, c.co_kwonlyargcount, c.co_flags, c.co_stacksize,
            c.co_names, c.co_varnames, c.co_cellvars, c.co_freevars, consts,
            list(c.co_lines()), list(c.co_positions()), c.co_code,
            sys.getsizeof(c), f.__doc__)

for f in [json.dumps, json.loads, collections.namedtuple, dataclasses.dataclass,
          enum.Enum.__new__, typing.cast, decimal.Decimal.__add__,
          datetime.date.isoformat, fractions.Fraction.__new__, inspect.getmembers,
          string.capwords, copy.deepcopy]:
    print(code_facts(f))
print(gc.get_count(), len(gc.get_objects()))
print(sys.getrefcount(json.decoder.JSONDecodeError), sys.getrefcount(enum.auto))
k = json.dumps.__code__.co_consts
print([sys.getrefcount(x) for x in k if isinstance(x, str)])
print(string.ascii_letters is string.ascii_letters, string.digits)
class Color(enum.Enum):
    RED = 1
@dataclasses.dataclass
class P:
    x: int
    y: int = 0
print(Color.RED, P(1), typing.List[int], collections.Counter('abca'))
print(sys.flags.optimize, json.dumps.__doc__ is None)
json.loads('{"a": [1, 2')
"#;

fn run_probe(cache: Option<&Path>, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mempy"));
    c.args(args).args(["-c", PROBE]).env("PYTHONHASHSEED", "0");
    match cache {
        Some(d) => c.env("MEMPY_CACHE_DIR", d),
        None => c.env("MEMPY_CACHE_DIR", ""),
    };
    c.output().unwrap()
}

fn same(a: &Output, b: &Output, what: &str) {
    assert_eq!(
        String::from_utf8_lossy(&a.stdout),
        String::from_utf8_lossy(&b.stdout),
        "stdout, {what}"
    );
    assert_eq!(
        String::from_utf8_lossy(&a.stderr),
        String::from_utf8_lossy(&b.stderr),
        "stderr, {what}"
    );
    assert_eq!(a.status.code(), b.status.code(), "status, {what}");
}

/// The entries of the cache under `root` (one build directory).
fn entries(root: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for d in fs::read_dir(root).unwrap() {
        let d = d.unwrap().path();
        if d.is_dir() {
            for e in fs::read_dir(&d).unwrap() {
                let e = e.unwrap().path();
                if e.extension().is_some_and(|x| x == "mpyc") {
                    v.push(e);
                }
            }
        }
    }
    v.sort();
    v
}

#[test]
fn a_program_behaves_alike_with_the_cache_empty_full_or_absent() {
    let root = temp_dir("alike");
    let uncached = run_probe(None, &[]);
    assert_eq!(uncached.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&uncached.stderr).contains("<frozen json.decoder>"));
    let filling = run_probe(Some(&root), &[]);
    same(&uncached, &filling, "cache being filled");
    let stored = entries(&root);
    assert!(stored.len() > 10, "{stored:?}");
    let loaded = run_probe(Some(&root), &[]);
    same(&uncached, &loaded, "cache read");
    // Entries are keyed by the optimization level: -OO's code (no docstrings) is
    // neither read from nor written over the -O0 entries.
    let oo_uncached = run_probe(None, &["-OO"]);
    assert!(String::from_utf8_lossy(&oo_uncached.stdout).contains("\n2 True\n"));
    same(
        &oo_uncached,
        &run_probe(Some(&root), &["-OO"]),
        "-OO, filling",
    );
    same(&oo_uncached, &run_probe(Some(&root), &["-OO"]), "-OO, read");
    same(&uncached, &run_probe(Some(&root), &[]), "read after -OO");
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn damaged_entries_are_compiled_again_and_replaced() {
    let root = temp_dir("damaged");
    let uncached = run_probe(None, &[]);
    run_probe(Some(&root), &[]);
    let stored = entries(&root);
    let originals: Vec<Vec<u8>> = stored.iter().map(|p| fs::read(p).unwrap()).collect();
    for (k, p) in stored.iter().enumerate() {
        let mut b = originals[k].clone();
        match k % 4 {
            0 => b.truncate(b.len() / 2),
            1 => {
                let mid = b.len() / 2;
                b[mid] ^= 0x55;
            }
            2 => b.clear(),
            _ => b = b"not a cache entry at all".to_vec(),
        }
        fs::write(p, &b).unwrap();
    }
    same(&uncached, &run_probe(Some(&root), &[]), "damaged entries");
    for (k, p) in stored.iter().enumerate() {
        assert_eq!(fs::read(p).unwrap(), originals[k], "{p:?} rewritten");
    }
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn an_unusable_cache_directory_changes_nothing() {
    let root = temp_dir("unusable");
    // A path under a regular file can be neither made nor read.
    fs::write(root.join("file"), "").unwrap();
    let under_file = root.join("file").join("cache");
    same(
        &run_probe(None, &[]),
        &run_probe(Some(&under_file), &[]),
        "cache under a file",
    );
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn processes_starting_together_share_the_cache() {
    let root = temp_dir("together");
    let uncached = run_probe(None, &[]);
    let children: Vec<_> = (0..6)
        .map(|_| {
            std::thread::spawn({
                let root = root.clone();
                move || run_probe(Some(&root), &[])
            })
        })
        .collect();
    for c in children {
        same(&uncached, &c.join().unwrap(), "concurrent start");
    }
    // No temporary file is left behind, and what is there reads back.
    for d in fs::read_dir(&root).unwrap() {
        for e in fs::read_dir(d.unwrap().path()).unwrap() {
            let name = e.unwrap().file_name().into_string().unwrap();
            assert!(!name.ends_with(".tmp"), "{name}");
        }
    }
    same(
        &uncached,
        &run_probe(Some(&root), &[]),
        "after concurrent start",
    );
    fs::remove_dir_all(&root).unwrap();
}

/// A new build's directory replaces those of builds whose executable is gone; other
/// directories (a live build's, or ones the cache did not make) stay.
#[test]
fn directories_of_dead_builds_are_removed() {
    let root = temp_dir("builds");
    let dead = root.join("0123456789abcdef");
    fs::create_dir_all(&dead).unwrap();
    fs::write(
        dead.join("exe"),
        root.join("no-such-mempy").to_str().unwrap(),
    )
    .unwrap();
    fs::write(dead.join("json-0000000000000000.mpyc"), "old").unwrap();
    let foreign = root.join("fedcba9876543210");
    fs::create_dir_all(&foreign).unwrap();
    let other = root.join("notes");
    fs::create_dir_all(&other).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mempy"))
        .args(["-c", "import json; print(json.dumps([1]))"])
        .env("MEMPY_CACHE_DIR", &root)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[1]\n");
    assert!(!dead.exists());
    assert!(foreign.exists() && other.exists());
    // This build's directory records its executable.
    let ours: Vec<_> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("exe").exists())
        .collect();
    assert_eq!(ours.len(), 1, "{ours:?}");
    let exe = fs::read(ours[0].join("exe")).unwrap();
    assert_eq!(
        fs::canonicalize(String::from_utf8(exe).unwrap()).unwrap(),
        fs::canonicalize(env!("CARGO_BIN_EXE_mempy")).unwrap()
    );
    fs::remove_dir_all(&root).unwrap();
}

/// A relative `MEMPY_CACHE_DIR` names a directory under the starting directory, even
/// after the program changes directory.
#[test]
fn a_relative_cache_directory_is_taken_from_the_start() {
    let root = temp_dir("relative");
    let out = Command::new(env!("CARGO_BIN_EXE_mempy"))
        .args([
            "-c",
            "import os; os.chdir('/'); import json; print(json.dumps({}))",
        ])
        .current_dir(&root)
        .env("MEMPY_CACHE_DIR", "rel")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "{}\n");
    assert!(!entries(&root.join("rel")).is_empty());
    fs::remove_dir_all(&root).unwrap();
}
