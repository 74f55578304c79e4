//! Cells of the CSV files Latchkey writes, made safe to open in a
//! spreadsheet (OWASP, CSV injection), and read back to what they held.
//!
//! A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and some
//! also after a tab or carriage return) as a formula, so a display name of
//! `=HYPERLINK(…)` — which an import, a client or a directory sync can set —
//! would run on the administrator's machine. Such a cell is written with a
//! leading apostrophe, which spreadsheets show as "text". So that every
//! value reads back exactly, a value that itself starts with an apostrophe
//! gets one too, and the import takes one leading apostrophe off any cell.

/// What a spreadsheet would evaluate, or read as a text marker, at the start of a cell.
const MARKED: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

/// `text` as a cell no spreadsheet runs.
pub fn cell(text: &str) -> String {
    if text.starts_with(MARKED) { format!("'{text}") } else { text.to_owned() }
}

/// A cell as [`cell`] wrote it, back to the value it held.
pub fn value(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cell_a_spreadsheet_would_run_is_neutralised_and_reads_back() {
        for text in [
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+1+2",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
            "'=1",
            "'quoted",
            "plain",
            "",
            "a=b",
        ] {
            let written = cell(text);
            assert!(!written.starts_with(['=', '+', '-', '@', '\t', '\r']), "{written:?}");
            assert_eq!(value(&written), text, "reads back");
        }
        assert_eq!(cell("Adele Vance"), "Adele Vance", "ordinary text is left alone");
    }
}
