//! Source files and byte-offset to line/column lookup (like starlark's `CodeMap`).

use std::rc::Rc;

/// A source text with its display name and the byte offset of each line start.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: Rc<str>,
    pub text: Rc<str>,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: &str, text: &str) -> SourceFile {
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            name: name.into(),
            text: text.into(),
            line_starts,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 0-based column (in characters) of a byte offset within its line.
    pub fn col_of(&self, offset: u32) -> u32 {
        let line = self.line_of(offset);
        let start = self.line_starts[line as usize - 1] as usize;
        let end = (offset as usize).min(self.text.len());
        self.text
            .get(start..end)
            .map(|s| s.chars().count() as u32)
            .unwrap_or(0)
    }

    /// Byte offset where a 1-based line starts.
    pub fn line_start(&self, line: u32) -> u32 {
        self.line_starts
            .get((line as usize).saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len() as u32)
    }

    /// The text of a 1-based line, without its line terminator.
    pub fn line_text(&self, line: u32) -> &str {
        if line == 0 || line as usize > self.line_starts.len() {
            return "";
        }
        let start = self.line_starts[line as usize - 1] as usize;
        let end = self
            .line_starts
            .get(line as usize)
            .map(|&e| e as usize)
            .unwrap_or(self.text.len());
        self.text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let f = SourceFile::new("t.py", "ab\ncd\n\nx");
        assert_eq!(f.line_of(0), 1);
        assert_eq!(f.line_of(2), 1);
        assert_eq!(f.line_of(3), 2);
        assert_eq!(f.line_of(7), 4);
        assert_eq!(f.col_of(4), 1);
        assert_eq!(f.line_text(2), "cd");
        assert_eq!(f.line_text(4), "x");
    }
}
