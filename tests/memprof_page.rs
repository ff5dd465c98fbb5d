//! The `--memprofile-html` page in a real browser, like `tests/trace_page.rs` does for
//! the `--trace` page: a page made from `tests/mempy_cases/memprofile_loop.py` is
//! loaded in headless Chromium (`--dump-dom`) and the rendered table and flame graph
//! are checked, including the URL hash (`#fn=NAME`, `#focus=N`, `#sort=COLUMN`).
//!
//! Chromium is looked for as `$MEMPY_CHROMIUM`, `chromium`, `chromium-browser`,
//! `google-chrome`; when none runs, the tests print a note and pass without checking.
//! A screenshot is left in `target/memprof-page.png` for review.

mod browser;

use browser::{browse, chromium, root, write_page};
use std::path::{Path, PathBuf};

/// Writes the page for `tests/mempy_cases/NAME.py` into `dir`.
fn page(dir: &Path, name: &str) -> PathBuf {
    write_page("--memprofile-html", &["tests", "mempy_cases"], dir, name)
}

fn dom(chrome: &str, file: &Path, hash: &str) -> String {
    let url = format!("file://{}#{}", file.display(), hash);
    let d = browse(chrome, file.parent().expect("dir"), &url, &["--dump-dom"]);
    // The rendered document without the scripts (whose text spells the same markup).
    let d = match d.find("<script") {
        Some(i) => d[..i].to_string(),
        None => d,
    };
    assert!(
        d.contains("class=\"row\""),
        "no table rendered for {url}:\n{d}"
    );
    d
}

/// The attribute `name` of the tag around byte `at`.
fn attr_at(dom: &str, at: usize, name: &str) -> Option<String> {
    let start = dom[..at].rfind('<')?;
    let end = at + dom[at..].find('>')?;
    let tag = &dom[start..end];
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')?;
    Some(tag[i..i + j].to_string())
}

/// The attribute `name` of every tag containing `marker`, in document order.
fn attrs(dom: &str, marker: &str, name: &str) -> Vec<String> {
    dom.match_indices(marker)
        .filter_map(|(i, _)| attr_at(dom, i, name))
        .collect()
}

fn status(dom: &str, name: &str) -> String {
    attrs(dom, "id=\"status\"", name)
        .into_iter()
        .next()
        .unwrap_or_default()
}

#[test]
fn line_table_and_flame_graph() {
    let Some(chrome) = chromium() else {
        println!("note: Chromium not found (set MEMPY_CHROMIUM or install `chromium`): page test skipped");
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let p = page(tmp.path(), "memprofile_loop");
    let d = dom(&chrome, &p, "");
    // Heaviest line first: the append line made the 100 strs of 54 bytes.
    let lines = attrs(&d, "class=\"row\"", "data-line");
    assert_eq!(lines.first().map(String::as_str), Some("14"), "{d}");
    assert_eq!(attrs(&d, "class=\"row\"", "data-alloc")[0], "5400");
    assert_eq!(attrs(&d, "class=\"row\"", "data-count")[0], "100");
    // The list's line: made once, grown to 100 items (920 bytes), freed by `del`.
    let i = lines
        .iter()
        .position(|l| l == "12")
        .expect("row for line 12");
    assert_eq!(attrs(&d, "class=\"row\"", "data-alloc")[i], "920");
    let del = lines
        .iter()
        .position(|l| l == "20")
        .expect("row for line 20");
    assert_eq!(attrs(&d, "class=\"row\"", "data-freed")[del], "6320");
    assert_eq!(status(&d, "data-rows"), lines.len().to_string());
    // The flame graph: `build` called from line 18 holds what its lines allocated.
    let names = attrs(&d, "class=\"fn", "data-name");
    let bytes = attrs(&d, "class=\"fn", "data-bytes");
    let b: u64 = names
        .iter()
        .zip(&bytes)
        .filter(|(n, _)| *n == "build")
        .map(|(_, b)| b.parse::<u64>().unwrap())
        .sum();
    assert!(b >= 5400 + 920, "build: {b} bytes\n{d}");
    assert_eq!(status(&d, "data-focus"), "0");
    // Zoomed to `build`: the crumbs lead to it, the root is dimmed.
    let d = dom(&chrome, &p, "fn=build");
    assert_ne!(status(&d, "data-focus"), "0");
    assert!(d.contains("class=\"fn dim\""), "{d}");
    let crumbs = attrs(&d, "data-focus=", "data-focus");
    assert!(crumbs.len() >= 3, "{crumbs:?}");
    // Sorted by line.
    let d = dom(&chrome, &p, "sort=line");
    let lines: Vec<u32> = attrs(&d, "class=\"row\"", "data-line")
        .iter()
        .map(|l| l.parse().unwrap())
        .collect();
    assert!(lines.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
    let shot = root().join("target").join("memprof-page.png");
    let url = format!("file://{}", p.display());
    browse(
        &chrome,
        tmp.path(),
        &url,
        &[&format!("--screenshot={}", shot.display())],
    );
    assert!(shot.exists());
}
