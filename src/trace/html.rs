//! The recording as one self-contained web page (`mempy --trace out.html`): the
//! template `page.html` (inline CSS and JavaScript, no network access, works from
//! `file://`) with the JSON recording embedded in a `<script type="application/json">`
//! element.

use super::recorder::Recorder;

const TEMPLATE: &str = include_str!("page.html");
const PLACEHOLDER: &str = "__MEMPY_TRACE_JSON__";

/// The page for a recording.
pub fn to_html(r: &Recorder) -> String {
    let json = super::json::to_json(r);
    match TEMPLATE.split_once(PLACEHOLDER) {
        Some((head, tail)) => {
            let mut out = String::with_capacity(TEMPLATE.len() + json.len());
            out.push_str(head);
            out.push_str(&json);
            out.push_str(tail);
            out
        }
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
