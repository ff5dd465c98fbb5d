//! The layer rule of `docs/architecture.md`, checked on the source so it cannot rot:
//! a top-level module of `src/` may name (`crate::x`) only modules of lower layers,
//! and inside `src/runtime/` the data layers (the heap, the object enum and each
//! type's payload file) never name the interpreter.
//!
//! The scan reads `crate::NAME` paths (and `use crate::{a, b}` groups) in each file,
//! with comments and the trailing `#[cfg(test)]` module removed: test code may reach
//! upwards (a bytecode test compiles source to check the verifier).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Top-level modules from the bottom layer up; a module may import only modules of
/// earlier lines (same-line modules may not import each other).
const LAYERS: &[&[&str]] = &[
    &["source", "text", "value"],
    &["bytecode"],
    &["ast"],
    &["diagnostics"],
    &["lexer"],
    &["parser"],
    &["compiler"],
    &["runtime"],
    &["trace"],
    &["runner"],
    &["repl"],
];

/// Runtime parts that hold data only: they must not name these runtime modules. (The
/// heap may name the type folders: `sizeof` and traversal read their payload data.)
const DATA_RULES: &[(&str, &[&str])] = &[
    ("runtime/heap", &["vm", "builtins", "modules", "inspect"]),
    ("runtime/object", &["vm", "builtins", "modules", "inspect"]),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The file's code without comments and without a trailing `#[cfg(test)]` module.
fn code_of(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => &text[..],
    };
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident_at(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// Every `crate::a::b...` path in `code`, as its segments (up to three).
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().last();
        rest = &rest[i + "crate::".len()..];
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            // use crate::{a::b, c};
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let segs: Vec<String> = item
                    .trim()
                    .split("::")
                    .map(|s| ident_at(s.trim()).to_string())
                    .collect();
                if !segs[0].is_empty() {
                    out.push(segs);
                }
            }
            continue;
        }
        let mut segs = Vec::new();
        let mut s = rest;
        loop {
            let id = ident_at(s);
            if id.is_empty() {
                break;
            }
            segs.push(id.to_string());
            s = &s[id.len()..];
            match s.strip_prefix("::") {
                Some(t) if segs.len() < 3 => s = t,
                _ => break,
            }
        }
        if !segs.is_empty() {
            out.push(segs);
        }
    }
    out
}

fn top_of(rel: &Path) -> String {
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy()
        .to_string();
    first.trim_end_matches(".rs").to_string()
}

#[test]
fn top_level_modules_import_only_lower_layers() {
    let root = src();
    let layer: BTreeMap<&str, usize> = LAYERS
        .iter()
        .enumerate()
        .flat_map(|(i, names)| names.iter().map(move |n| (*n, i)))
        .collect();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut bad = BTreeSet::new();
    let mut seen_tops = BTreeSet::new();
    for f in &files {
        let rel = f.strip_prefix(&root).unwrap();
        let top = top_of(rel);
        if top == "main" || top == "lib" {
            continue;
        }
        let Some(&from) = layer.get(top.as_str()) else {
            panic!(
                "src/{top} is not in the layer table of tests/layers.rs and docs/architecture.md"
            );
        };
        seen_tops.insert(top.clone());
        for path in crate_paths(&code_of(f)) {
            let to = path[0].as_str();
            if to == top {
                continue;
            }
            match layer.get(to) {
                Some(&t) if t < from => {}
                Some(_) => {
                    bad.insert(format!(
                        "{} names crate::{to} (a higher or equal layer)",
                        rel.display()
                    ));
                }
                None => {} // a macro such as crate::eprintln_safe
            }
        }
    }
    assert!(
        bad.is_empty(),
        "layer rule broken:\n{}",
        bad.into_iter().collect::<Vec<_>>().join("\n")
    );
    for names in LAYERS {
        for n in *names {
            assert!(
                seen_tops.contains(*n),
                "layer table names src/{n}, which does not exist"
            );
        }
    }
}

#[test]
fn runtime_data_layers_do_not_name_the_interpreter() {
    let root = src();
    let mut bad = Vec::new();
    for (dir, forbidden) in DATA_RULES {
        let mut files = Vec::new();
        let file = root.join(format!("{dir}.rs"));
        if file.is_file() {
            files.push(file);
        } else {
            rust_files(&root.join(dir), &mut files);
        }
        assert!(!files.is_empty(), "src/{dir} has no files");
        for f in files {
            for path in crate_paths(&code_of(&f)) {
                if path.len() >= 2 && path[0] == "runtime" && forbidden.contains(&path[1].as_str())
                {
                    bad.push(format!(
                        "{} names crate::runtime::{}",
                        f.strip_prefix(&root).unwrap().display(),
                        path[1]
                    ));
                }
            }
        }
    }
    // Each builtin type's payload file (`types/<t>/mod.rs`) is data: the interpreter
    // lives in its sibling files. A builtin function's payload holds a pointer to a
    // native function, whose signature names `Vm`: that one file is the exception.
    let mut files = Vec::new();
    rust_files(&root.join("runtime/types"), &mut files);
    for f in files {
        let rel = f.strip_prefix(&root).unwrap();
        if rel.file_name().is_some_and(|n| n != "mod.rs")
            || rel.parent() == Some(Path::new("runtime/types"))
        {
            continue;
        }
        if rel == Path::new("runtime/types/function/mod.rs") {
            continue;
        }
        for path in crate_paths(&code_of(&f)) {
            if path.len() >= 2 && path[0] == "runtime" && path[1] == "vm" {
                bad.push(format!("{} names crate::runtime::vm", rel.display()));
            }
        }
    }
    bad.sort();
    bad.dedup();
    assert!(
        bad.is_empty(),
        "data layer names the interpreter:\n{}",
        bad.join("\n")
    );
}
