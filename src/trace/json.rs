//! The recording as JSON (`mempy --trace-json`), format `mempy-trace` version 1,
//! documented in `docs/trace-format.md`.
//!
//! Written by hand (no serde): the structure is small and fixed. `<`, `>` and `&` are
//! escaped as `\u003c`-style sequences so the same text can be embedded in the page
//! inside a `<script>` element.

use super::recorder::{FrameSnap, ObjSnap, Recorder, Step, Val};
use std::fmt::Write;

/// Version of the JSON layout; bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 1;

/// Appends `s` as a JSON string literal.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn val(out: &mut String, v: &Val) {
    match v {
        Val::Obj(id) => {
            let _ = write!(out, "{id}");
        }
        Val::Imm(s) => string(out, s),
    }
}

fn pairs(out: &mut String, items: &[(String, Val)]) {
    out.push('[');
    for (i, (name, v)) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        string(out, name);
        out.push(',');
        val(out, v);
        out.push(']');
    }
    out.push(']');
}

fn ids(out: &mut String, key: &str, list: &[u32]) {
    if list.is_empty() {
        return;
    }
    let _ = write!(out, ",\"{key}\":[");
    for (i, id) in list.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{id}");
    }
    out.push(']');
}

fn frame(out: &mut String, f: &FrameSnap) {
    out.push_str("{\"fn\":");
    string(out, &f.func);
    if let Some(file) = &f.file {
        out.push_str(",\"file\":");
        string(out, file);
    }
    let _ = write!(
        out,
        ",\"ln\":{},\"slot\":{},\"n\":{},\"loc\":",
        f.line, f.first_slot, f.slots
    );
    pairs(out, &f.locals);
    out.push('}');
}

fn object(out: &mut String, id: u32, o: &ObjSnap) {
    let _ = write!(out, "{{\"id\":{id},\"t\":");
    string(out, &o.ty);
    let _ = write!(out, ",\"sz\":{},\"rc\":{},\"r\":", o.size, o.rc);
    string(out, &o.repr);
    if !o.refs.is_empty() {
        out.push_str(",\"refs\":");
        pairs(out, &o.refs);
    }
    if o.more > 0 {
        let _ = write!(out, ",\"more\":{}", o.more);
    }
    if o.finalized {
        out.push_str(",\"del\":1");
    }
    out.push('}');
}

fn step(out: &mut String, s: &Step) {
    out.push_str("{\"k\":");
    string(out, s.kind.name());
    let _ = write!(
        out,
        ",\"ln\":{},\"out\":{},\"fk\":{}",
        s.line, s.out, s.keep_frames
    );
    if !s.frames.is_empty() {
        out.push_str(",\"fa\":[");
        for (i, f) in s.frames.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            frame(out, f);
        }
        out.push(']');
    }
    if !s.objects.is_empty() {
        out.push_str(",\"o\":[");
        for (i, (id, o)) in s.objects.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            object(out, *id, o);
        }
        out.push(']');
    }
    ids(out, "add", &s.show);
    ids(out, "del", &s.hide);
    ids(out, "freed", &s.freed);
    ids(out, "garbage", &s.garbage);
    if !s.note.is_empty() {
        out.push_str(",\"note\":");
        string(out, &s.note);
    }
    if s.capped {
        out.push_str(",\"capped\":1");
    }
    let t = &s.totals;
    let _ = write!(
        out,
        ",\"tot\":[{},{},{},{},{}],\"sp\":{},\"d\":{}}}",
        t.live, t.bytes, t.gc[0], t.gc[1], t.gc[2], s.sp, s.depth
    );
}

/// The whole recording, one step per line (so diffs of golden files stay readable).
pub fn to_json(r: &Recorder) -> String {
    let mut out = String::with_capacity(64 * r.steps.len() + r.source.len() + 256);
    let _ = write!(
        out,
        "{{\"format\":\"mempy-trace\",\"version\":{FORMAT_VERSION},\"file\":"
    );
    string(&mut out, &r.file);
    out.push_str(",\n\"source\":");
    string(&mut out, &r.source);
    out.push_str(",\n\"stdout\":");
    string(&mut out, &r.stdout);
    let _ = write!(
        out,
        ",\n\"stdout_cut\":{},\"limit\":{},\"limited\":{},\"exit_code\":{},\"stack_total\":{},",
        r.stdout_cut,
        r.limit,
        r.limited,
        r.exit_code.map_or("null".to_string(), |c| c.to_string()),
        r.stack_total
    );
    out.push_str("\n\"steps\":[\n");
    for (i, s) in r.steps.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        step(&mut out, s);
    }
    out.push_str("\n]}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::string;

    #[test]
    fn strings_are_escaped_for_script_elements() {
        let mut s = String::new();
        string(&mut s, "a\"b\\c\n</script>\u{1}");
        assert_eq!(s, "\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u0001\"");
    }
}
