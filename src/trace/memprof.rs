//! The `--memprofile-html` page: the per-line table of `mempy --memprofile` and an
//! allocation flame graph by call stack (memray's view), as one self-contained page in
//! the conventions of the `--trace` page (`html.rs`): the template `memprof.html`
//! (inline CSS and JavaScript, no network access, works from `file://`) with the data
//! as JSON in a `<script type="application/json">` element.

use super::json::string;
use crate::runtime::inspect::memprof::Profile;
use std::fmt::Write;

const TEMPLATE: &str = include_str!("memprof.html");
const PLACEHOLDER: &str = "__MEMPY_MEMPROF_JSON__";

/// The profile as JSON: `{"file", "source": [lines], "totals": {...}, "rows":
/// [[line, function, allocated, freed, peak, count], ...] (heaviest first), "nodes":
/// [[parent, function, file, line, bytes, count], ...]}` (node 0 is the root; bytes
/// and count are what a node allocated as the innermost frame).
pub fn to_json(p: &Profile, source: &str) -> String {
    let mut o = String::new();
    o.push_str("{\"file\":");
    string(&mut o, &p.file);
    o.push_str(",\"source\":[");
    for (i, l) in source.lines().enumerate() {
        if i > 0 {
            o.push(',');
        }
        string(&mut o, l);
    }
    let _ = write!(
        o,
        "],\"totals\":{{\"allocated\":{},\"freed\":{},\"count\":{},\"peak\":{}}},\"rows\":[",
        p.alloc, p.freed, p.count, p.peak
    );
    for (i, r) in p.rows.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        let _ = write!(o, "[{},", r.line);
        string(&mut o, &r.func);
        let _ = write!(o, ",{},{},{},{}]", r.alloc, r.freed, r.peak, r.count);
    }
    o.push_str("],\"nodes\":[");
    for (i, n) in p.nodes.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        let _ = write!(o, "[{},", n.parent);
        string(&mut o, &n.name);
        o.push(',');
        string(&mut o, &n.file);
        let _ = write!(o, ",{},{},{}]", n.line, n.bytes, n.count);
    }
    o.push_str("]}");
    o
}

/// The page for a profile of the script whose text is `source`.
pub fn to_html(p: &Profile, source: &str) -> String {
    let json = to_json(p, source);
    match TEMPLATE.split_once(PLACEHOLDER) {
        Some((head, tail)) => format!("{head}{json}{tail}"),
        None => TEMPLATE.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn template_has_one_placeholder() {
        assert_eq!(super::TEMPLATE.matches(super::PLACEHOLDER).count(), 1);
    }
}
