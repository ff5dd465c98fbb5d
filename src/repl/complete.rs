//! Tab completion: names in scope (globals, builtins), keywords, `%` commands, and
//! attributes after `name.` (instance attributes, class attributes along the MRO,
//! module members). A [`Snapshot`] of the names is taken from the VM before each
//! prompt, so completing never runs Python code. As with python3's `rlcompleter`, the
//! completion of a callable ends with `(`.

use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::Value;
use std::collections::{BTreeSet, HashMap};

/// Python's keywords (those the completer offers).
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// What can be completed at one prompt.
#[derive(Default, Clone)]
pub struct Snapshot {
    /// Globals and builtins, sorted; a callable's name ends with `(`.
    pub names: Vec<String>,
    /// Attribute names of the value bound to each global name (`(` as above).
    pub attrs: HashMap<String, Vec<String>>,
}

impl Snapshot {
    /// Reads the names visible in `globals` (and the builtins) from the VM.
    pub fn take(vm: &Vm, globals: crate::value::ObjRef) -> Snapshot {
        let mut names = BTreeSet::new();
        let mut attrs = HashMap::new();
        if let Obj::Dict(d) = vm.heap.get(globals) {
            for e in d.iter() {
                if let Some(k) = vm.as_str(e.key) {
                    names.insert(shown(vm, k, e.value));
                    attrs.insert(k.to_string(), attr_names(vm, e.value));
                }
            }
        }
        if let Obj::Dict(d) = vm.heap.get(vm.builtins) {
            for e in d.iter() {
                if let Some(k) = vm.as_str(e.key) {
                    names.insert(shown(vm, k, e.value));
                    attrs
                        .entry(k.to_string())
                        .or_insert_with(|| attr_names(vm, e.value));
                }
            }
        }
        Snapshot {
            names: names.into_iter().collect(),
            attrs,
        }
    }
}

/// True when calling `v` would not be a TypeError (the builtin `callable`), decided
/// from the heap alone.
fn is_callable(vm: &Vm, v: Value) -> bool {
    let Value::Obj(r) = v else { return false };
    match vm.heap.get(r) {
        Obj::Function(_) | Obj::Builtin(_) | Obj::BoundMethod { .. } | Obj::Class(_) => true,
        Obj::Instance(i) => {
            let mut names = BTreeSet::new();
            class_attrs(vm, i.class, &mut names);
            names.contains("__call__") || names.contains("__call__(")
        }
        _ => false,
    }
}

/// A name as completion offers it: with `(` when its value is callable.
fn shown(vm: &Vm, name: &str, v: Value) -> String {
    if is_callable(vm, v) {
        format!("{name}(")
    } else {
        name.to_string()
    }
}

fn dict_keys(vm: &Vm, d: crate::value::ObjRef, out: &mut BTreeSet<String>) {
    if let Obj::Dict(d) = vm.heap.get(d) {
        for e in d.iter() {
            if let Some(k) = vm.as_str(e.key) {
                out.insert(shown(vm, k, e.value));
            }
        }
    }
}

fn class_attrs(vm: &Vm, c: crate::value::ObjRef, out: &mut BTreeSet<String>) {
    if let Obj::Class(cls) = vm.heap.get(c) {
        dict_keys(vm, cls.dict, out);
        for &m in &cls.mro {
            if let Obj::Class(mc) = vm.heap.get(m) {
                dict_keys(vm, mc.dict, out);
            }
        }
    }
}

/// The attribute names of a value, sorted (what `dir(v)` would mostly show).
pub fn attr_names(vm: &Vm, v: Value) -> Vec<String> {
    let mut out = BTreeSet::new();
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Module(m) => dict_keys(vm, m.dict, &mut out),
            Obj::Class(_) => class_attrs(vm, r, &mut out),
            Obj::Instance(i) => {
                for (k, v) in crate::runtime::types::class::layout::attr_items(&vm.heap, i) {
                    if let Some(k) = vm.as_str(k) {
                        out.insert(shown(vm, k, v));
                    }
                }
                if let Some(d) = i.dict {
                    dict_keys(vm, d, &mut out);
                }
                class_attrs(vm, i.class, &mut out);
            }
            _ => class_attrs(vm, vm.type_of(v), &mut out),
        },
        _ => class_attrs(vm, vm.type_of(v), &mut out),
    }
    out.into_iter().collect()
}

/// `%` commands, for completion and `%help`.
pub const COMMANDS: &[&str] = &["%gc", "%heap", "%help", "%refs", "%size", "%stack"];

/// Completes `line` at byte offset `pos`: the start of the replaced word and the
/// candidates. At an all-blank prefix it offers an indentation step instead.
pub fn complete(snap: &Snapshot, line: &str, pos: usize) -> (usize, Vec<String>) {
    let pos = pos.min(line.len());
    let before = &line[..pos];
    if before.trim().is_empty() {
        return (pos, vec!["    ".to_string()]);
    }
    if before.trim_start().starts_with('%') && !before.contains(' ') {
        let start = before.find('%').unwrap_or(0);
        let word = &before[start..];
        let c = COMMANDS
            .iter()
            .filter(|c| c.starts_with(word))
            .map(|c| c.to_string())
            .collect();
        return (start, c);
    }
    // The identifier (possibly dotted) ending at the cursor.
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map(|(i, _)| i)
        .unwrap_or(pos);
    let word = &before[start..];
    if let Some(dot) = word.rfind('.') {
        let obj = &word[..dot];
        let prefix = &word[dot + 1..];
        let Some(list) = snap.attrs.get(obj) else {
            return (pos, vec![]);
        };
        let c = list
            .iter()
            .filter(|a| a.starts_with(prefix) && (prefix.starts_with('_') || !a.starts_with('_')))
            .cloned()
            .collect();
        return (start + dot + 1, c);
    }
    if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit()) {
        return (pos, vec![]);
    }
    let mut c: BTreeSet<String> = KEYWORDS
        .iter()
        .filter(|k| k.starts_with(word))
        .map(|k| k.to_string())
        .collect();
    for n in &snap.names {
        if n.starts_with(word) && (word.starts_with('_') || !n.starts_with('_')) {
            c.insert(n.clone());
        }
    }
    (start, c.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap() -> Snapshot {
        let mut s = Snapshot {
            names: vec![
                "print".into(),
                "prices".into(),
                "_private".into(),
                "node".into(),
            ],
            attrs: HashMap::new(),
        };
        s.attrs.insert(
            "node".into(),
            vec!["__init__".into(), "name".into(), "next".into()],
        );
        s
    }

    #[test]
    fn completes_names_and_keywords() {
        let (start, c) = complete(&snap(), "x = pr", 6);
        assert_eq!(start, 4);
        assert_eq!(c, vec!["prices".to_string(), "print".to_string()]);
        let (_, c) = complete(&snap(), "whi", 3);
        assert_eq!(c, vec!["while".to_string()]);
        let (_, c) = complete(&snap(), "_p", 2);
        assert_eq!(c, vec!["_private".to_string()]);
    }

    #[test]
    fn completes_attributes_after_a_dot() {
        let (start, c) = complete(&snap(), "node.n", 6);
        assert_eq!(start, 5);
        assert_eq!(c, vec!["name".to_string(), "next".to_string()]);
        let (_, c) = complete(&snap(), "node.", 5);
        assert_eq!(c.len(), 2, "dunder names only after '_'");
        let (_, c) = complete(&snap(), "node.__i", 8);
        assert_eq!(c, vec!["__init__".to_string()]);
        let (_, c) = complete(&snap(), "nothing.x", 9);
        assert!(c.is_empty());
    }

    #[test]
    fn completes_commands_and_indents() {
        let (start, c) = complete(&snap(), "%he", 3);
        assert_eq!(start, 0);
        assert_eq!(c, vec!["%heap".to_string(), "%help".to_string()]);
        let (start, c) = complete(&snap(), "    ", 4);
        assert_eq!((start, c), (4, vec!["    ".to_string()]));
    }

    #[test]
    fn snapshot_reads_globals_and_attributes() {
        let mut vm = Vm::new(4096);
        let g = crate::runner::main_globals(&mut vm);
        let l = vm.new_list(vec![]);
        crate::runtime::builtins::set_in(&mut vm, g, "items", l);
        let s = Snapshot::take(&vm, g);
        assert!(s.names.iter().any(|n| n == "items"));
        assert!(s.names.iter().any(|n| n == "len("));
        let (_, c) = complete(&s, "items.app", 9);
        assert_eq!(c, vec!["append(".to_string()]);
        let (_, c) = complete(&s, "le", 2);
        assert_eq!(c, vec!["len(".to_string()]);
        let (_, c) = complete(&s, "item", 4);
        assert_eq!(c, vec!["items".to_string()], "a list is not callable");
    }
}
