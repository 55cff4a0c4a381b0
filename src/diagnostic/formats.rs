//! Diagnostics for machines: one JSON array for scripts, or GitHub Actions
//! workflow commands, which a CI run turns into annotations on the lines
//! they name.

use serde_json::{Value, json};

use super::Diagnostic;

/// Every diagnostic as one pretty-printed JSON array of
/// `{file, line, column, severity, message}` objects, ending in a newline.
/// Line and column are `null` when the place is unknown; no diagnostics is
/// `[]`. Every one is an error.
pub fn to_json(diagnostics: &[Diagnostic]) -> String {
    let leveled: Vec<(&str, &Diagnostic)> = diagnostics.iter().map(|d| ("error", d)).collect();
    to_json_leveled(&leveled)
}

/// As `to_json`, each diagnostic with its severity (`error`, `warning`).
pub fn to_json_leveled(diagnostics: &[(&str, &Diagnostic)]) -> String {
    let list: Vec<Value> = diagnostics
        .iter()
        .map(|(severity, d)| {
            json!({
                "file": d.file,
                "line": d.place.map(|p| p.line),
                "column": d.place.map(|p| p.column),
                "severity": severity,
                "message": d.message,
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&list).unwrap_or_else(|_| "[]".to_owned());
    out.push('\n');
    out
}

/// One `::error file=F,line=L,col=C::message` line per diagnostic, `line`
/// and `col` left out when the place is unknown. Values are escaped as the
/// runner reads them back, so a `:` or `,` in a file name cannot end a
/// property and a line break cannot start a second command.
pub fn to_github(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| github_command("error", d))
        .collect()
}

/// One workflow command of `level` (`error`, `warning`, `notice`) for `d`,
/// escaped as `to_github` escapes, ending in a newline.
pub fn github_command(level: &str, d: &Diagnostic) -> String {
    let mut out = format!("::{level} file={}", github_property(&d.file));
    if let Some(place) = d.place {
        out.push_str(&format!(",line={},col={}", place.line, place.column));
    }
    out.push_str("::");
    out.push_str(&github_data(&d.message));
    out.push('\n');
    out
}

/// A command's message: `%`, carriage return and line feed escaped.
fn github_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: as a message, and `:` and `,` too.
fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Place;

    fn raw(file: &str, place: Option<Place>, message: &str) -> Diagnostic {
        // Not `Diagnostic::new`: line breaks must reach the escaping here.
        Diagnostic {
            file: file.to_owned(),
            place,
            message: message.to_owned(),
        }
    }

    #[test]
    fn github_escapes_messages_and_properties() {
        let place = Some(Place { line: 3, column: 7 });
        let out = to_github(&[
            raw("a,b:c%.yaml", place, "100% sure: a, b\r\nnext"),
            raw("<stdin>", None, "no place"),
        ]);
        assert_eq!(
            out,
            "::error file=a%2Cb%3Ac%25.yaml,line=3,col=7::100%25 sure: a, b%0D%0Anext\n\
             ::error file=<stdin>::no place\n"
        );
    }

    #[test]
    fn json_is_one_array_with_nulls_for_unknown_places() {
        assert_eq!(to_json(&[]), "[]\n");
        let place = Some(Place { line: 2, column: 5 });
        let out = to_json(&[raw("p.yaml", place, "bad \"x\""), raw("q", None, "gone")]);
        let value: Value = serde_json::from_str(&out).expect("valid JSON");
        assert_eq!(
            value,
            json!([
                {"file": "p.yaml", "line": 2, "column": 5, "severity": "error", "message": "bad \"x\""},
                {"file": "q", "line": null, "column": null, "severity": "error", "message": "gone"},
            ])
        );
    }
}
