//! The `--trace` page in a real browser: pages made from `examples/trace/*.py` are
//! loaded in headless Chromium at a step chosen by the URL hash (`#at=LINE`,
//! `#kind=gc`, `#call=FUNC`) and the rendered DOM (`--dump-dom`) is checked: current
//! line, frames and locals, objects with their refcounts and states, and the SVG
//! arrows from variables and containers to objects.
//!
//! Chromium is looked for as `$MEMPY_CHROMIUM`, `chromium`, `chromium-browser`,
//! `google-chrome`; when none runs, the tests print a note and pass without checking
//! (`.ci/run` installs Debian's `chromium` package). A screenshot of the cycle
//! example is left in `target/trace-page.png` for review.

mod browser;

use browser::{browse, chromium, root, write_page};
use std::path::{Path, PathBuf};

/// Writes the page for `examples/trace/NAME.py` into `dir`.
fn page(dir: &Path, name: &str) -> PathBuf {
    write_page("--trace", &["examples", "trace"], dir, name)
}

fn dom(chrome: &str, file: &Path, hash: &str) -> String {
    let url = format!("file://{}#{}", file.display(), hash);
    let dir = file.parent().expect("dir");
    let d = browse(chrome, dir, &url, &["--dump-dom"]);
    assert!(
        d.contains("id=\"status\""),
        "no page rendered for {url}:\n{d}"
    );
    d
}

/// The attribute `name` of the first tag containing `marker`.
fn attr(dom: &str, marker: &str, name: &str) -> Option<String> {
    attr_at(dom, dom.find(marker)?, name)
}

/// The attribute `name` of every tag containing `marker`.
fn attrs(dom: &str, marker: &str, name: &str) -> Vec<String> {
    dom.match_indices(marker)
        .filter_map(|(i, _)| attr_at(dom, i, name))
        .collect()
}

/// The attribute `name` of the tag around byte `at`.
fn attr_at(dom: &str, at: usize, name: &str) -> Option<String> {
    let start = dom[..at].rfind('<')?;
    let end = at + dom[at..].find('>')?;
    let tag = &dom[start..end];
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')?;
    Some(tag[i..i + j].to_string())
}

fn status(dom: &str, name: &str) -> String {
    attr(dom, "id=\"status\"", name).unwrap_or_default()
}

/// The `data-ref` of the local `name` in the innermost frame shown first.
fn local_ref(dom: &str, name: &str) -> String {
    attr(
        dom,
        &format!("class=\"local\" data-name=\"{name}\""),
        "data-ref",
    )
    .unwrap_or_else(|| panic!("no local {name}"))
}

fn obj_attr(dom: &str, id: &str, name: &str) -> String {
    attr(dom, &format!("id=\"obj-{id}\""), name).unwrap_or_else(|| panic!("no object {id}"))
}

fn arrow(dom: &str, from: &str, to: &str) -> bool {
    dom.contains(&format!("data-from=\"{from}\" data-to=\"{to}\""))
}

fn setup() -> Option<(String, tempfile::TempDir)> {
    let Some(c) = chromium() else {
        println!("note: Chromium not found (set MEMPY_CHROMIUM or install `chromium`): page tests skipped");
        return None;
    };
    Some((c, tempfile::tempdir().expect("tempdir")))
}

#[test]
fn aliasing_and_del() {
    let Some((chrome, tmp)) = setup() else { return };
    let p = page(tmp.path(), "references");
    // Line 14 runs after `b = a; b.append(4)`: one list, two names, refcount 2.
    let d = dom(&chrome, &p, "at=14");
    assert_eq!(status(&d, "data-line"), "14");
    let a = local_ref(&d, "a");
    assert_eq!(local_ref(&d, "b"), a);
    assert_eq!(obj_attr(&d, &a, "data-type"), "list");
    assert_eq!(obj_attr(&d, &a, "data-rc"), "2");
    assert!(
        arrow(&d, "local:0:a", &a) && arrow(&d, "local:0:b", &a),
        "{d}"
    );
    assert!(d.contains("[1, 2, 3, 4]"));
    // Line 17 (`del b`): `a` is gone, the tuple holds the list's second reference.
    let d = dom(&chrome, &p, "at=17");
    assert!(!d.contains("data-name=\"a\""));
    assert_eq!(local_ref(&d, "b"), a);
    assert_eq!(obj_attr(&d, &a, "data-rc"), "2");
    let t = local_ref(&d, "t");
    assert_eq!(obj_attr(&d, &t, "data-type"), "tuple");
    assert!(arrow(&d, &format!("obj:{t}:0"), &a), "{d}");
    // `del t` frees the tuple and then the list: shown leaving with refcount 0.
    let d = dom(&chrome, &p, "kind=free");
    assert_eq!(status(&d, "data-line"), "18");
    assert_eq!(obj_attr(&d, &a, "data-state"), "freed");
    assert_eq!(obj_attr(&d, &a, "data-rc"), "0");
    assert_eq!(obj_attr(&d, &t, "data-state"), "freed");
    // Rebinding `x` drops the first Box: its __del__ runs in a frame of its own.
    let d = dom(&chrome, &p, "call=Box.__del__");
    assert_eq!(status(&d, "data-kind"), "call");
    assert!(
        d.contains("class=\"frame top del\" data-fn=\"Box.__del__\""),
        "{d}"
    );
    assert!(d.contains("freed first") || status(&d, "data-line") == "7");
    // A method by its bare name finds the same step.
    let bare = dom(&chrome, &p, "call=__del__");
    assert_eq!(status(&bare, "data-step"), status(&d, "data-step"));
    // The header's live count and the objects drawn: they agree, or it says why.
    let live = attr(&d, "id=\"totals\"", "data-live").expect("data-live");
    let reached = attr(&d, "id=\"totals\"", "data-reached").expect("data-reached");
    let lost = attr(&d, "id=\"totals\"", "data-lost").expect("data-lost");
    let text = &d[d.find("id=\"totals\"").unwrap()..];
    let text = &text[..text.find("</small>").unwrap()];
    if live == reached && lost == "0" {
        assert!(text.contains("all shown"), "{text}");
    } else {
        assert!(
            text.contains(&format!("{live} live objects"))
                && text.contains(&format!("{reached} reachable from variables shown")),
            "{text}"
        );
    }
}

#[test]
fn cycle_collected_by_gc_collect() {
    let Some((chrome, tmp)) = setup() else { return };
    let p = page(tmp.path(), "cycle");
    // Before `gc.collect()`: the pair is alive but no variable reaches it.
    let d = dom(&chrome, &p, "at=22");
    let nodes = attrs(&d, "data-type=\"Node\"", "data-id");
    assert_eq!(nodes.len(), 2, "{d}");
    for n in &nodes {
        assert_eq!(obj_attr(&d, n, "data-state"), "unreachable");
        assert_eq!(obj_attr(&d, n, "data-rc"), "1");
    }
    assert!(
        arrow(&d, &format!("obj:{}:other", nodes[0]), &nodes[1])
            && arrow(&d, &format!("obj:{}:other", nodes[1]), &nodes[0]),
        "{d}"
    );
    // The collection marks both as cycle garbage before they go.
    // The collection `gc.collect()` runs (line 22): an automatic one may come
    // first, when the start-up allocations leave gen0 near its threshold.
    let d = (1..=4)
        .map(|k| dom(&chrome, &p, &format!("kind=gc.{k}")))
        .find(|d| status(d, "data-line") == "22")
        .expect("a gc step at line 22");
    for n in &nodes {
        assert_eq!(obj_attr(&d, n, "data-state"), "garbage");
    }
    // Their __del__ runs, then they are freed.
    let d = dom(&chrome, &p, "call=Node.__del__");
    assert!(d.contains("data-fn=\"Node.__del__\""));
    let d = dom(&chrome, &p, "kind=free");
    assert!(nodes
        .iter()
        .any(|n| obj_attr(&d, n, "data-state") == "freed"));
    assert!(d.contains("__del__ ran"));
    // At 1400 px the heap's columns (variables -> list -> nodes) fit their panel.
    assert_eq!(
        attr(&d, "id=\"right\"", "data-fits").as_deref(),
        Some("yes"),
        "{d}"
    );
    // A screenshot for review.
    let url = format!("file://{}#kind=gc", p.display());
    let shot = root().join("target").join("trace-page.png");
    browse(
        &chrome,
        tmp.path(),
        &url,
        &[&format!("--screenshot={}", shot.display())],
    );
    assert!(shot.exists());
}

#[test]
fn recursion_to_the_limit() {
    let Some((chrome, tmp)) = setup() else { return };
    let p = page(tmp.path(), "recursion");
    let d = dom(&chrome, &p, "kind=exception");
    assert_eq!(status(&d, "data-kind"), "exception");
    assert_eq!(status(&d, "data-line"), "9");
    assert!(d.contains("RecursionError: maximum recursion depth exceeded"));
    // The deepest point of the depth plot is this step: limit 60 = 60 frames.
    assert_eq!(status(&d, "data-depth"), "60");
    assert_eq!(
        attr(&d, "id=\"plot-depth\"", "data-max").as_deref(),
        Some("60")
    );
    assert!(d.contains("class=\"frame top\" data-fn=\"countdown\""));
    assert!(d.contains("more frames"));
    // The handler runs back in the module frame.
    let d = dom(&chrome, &p, "at=15");
    assert_eq!(status(&d, "data-depth"), "1");
    let e = local_ref(&d, "e");
    assert_eq!(obj_attr(&d, &e, "data-type"), "RecursionError");
}
