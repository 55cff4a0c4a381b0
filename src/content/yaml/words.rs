//! The YAML parser's words put in a pack author's: what the file was expected
//! to hold at that place and what it holds, in terms of the file as written
//! ("a list", "a whole number"), never the program's types ("sequence",
//! "u32", "struct PackFile").

/// `message` (places already taken out) in the author's terms; a message
/// not known here is kept as it is.
pub(super) fn in_users_terms(message: &str) -> String {
    let (path, rest) = match message.split_once(": ") {
        Some((path, rest)) if is_path(path) => (format!("{path}: "), rest),
        _ => (String::new(), message),
    };
    if let Some(said) = type_error(rest) {
        return format!("{path}{said}");
    }
    match syntax_error(rest) {
        Some(said) => format!("{path}{said}"),
        None => message.to_owned(),
    }
}

/// A field path as serde_yaml writes one: `sliders[0].max`.
fn is_path(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.[]".contains(c))
}

/// "invalid type: FOUND, expected EXPECTED" as "expected …, found …".
fn type_error(message: &str) -> Option<String> {
    let rest = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))?;
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let negative = found.starts_with("integer `-");
    let found = found_words(found);
    Some(match expected {
        "struct PackFile" => format!(
            "this is not a pack: a pack is a YAML mapping of `key: value` lines that starts with `schema: 2`, and this is {found}"
        ),
        "struct Profile" => format!(
            "this is not a profile: a profile is a YAML mapping with `pack:` and `values:`, and this is {found}"
        ),
        _ => format!(
            "expected {}, found {found}",
            expected_words(expected, negative)
        ),
    })
}

fn found_words(found: &str) -> String {
    let inside = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('`'))
            .and_then(|rest| rest.strip_suffix('`'))
    };
    if let Some(text) = found.strip_prefix("string ") {
        format!("the text {text}")
    } else if let Some(number) = inside("integer ").or_else(|| inside("floating point ")) {
        format!("the number {number}")
    } else if let Some(value) = inside("boolean ") {
        value.to_owned()
    } else {
        match found {
            "sequence" => "a list".to_owned(),
            "map" => "a mapping".to_owned(),
            "unit value" | "null" => "nothing (null)".to_owned(),
            other => other.to_owned(),
        }
    }
}

fn expected_words(expected: &str, negative: bool) -> String {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" if negative => "a whole number, 0 or more".into(),
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
            "a whole number".into()
        }
        "f32" | "f64" => "a number".into(),
        "a sequence" => "a list (`- item` lines, or `[a, b]`)".into(),
        "a map" => "a mapping (`key: value` lines)".into(),
        "a string" | "a borrowed string" => "text".into(),
        "a boolean" => "true or false".into(),
        "struct RatingFile" => {
            "a rating: `{ rating: 8, basis: \"the article's words\" }` or `{ not_said: true }`"
                .into()
        }
        other if other.starts_with("struct ") => "a mapping (`key: value` lines)".into(),
        other => other.to_owned(),
    }
}

/// The parser's syntax errors, by the words they start with.
fn syntax_error(message: &str) -> Option<String> {
    const SAID: &[(&str, &str)] = &[
        (
            "mapping values are not allowed",
            "a `key:` cannot start here: the line is indented deeper than the key above it, or a value holds `: ` (put that value in quotes)",
        ),
        (
            "block sequence entries are not allowed",
            "a `- ` list item cannot start here: indent it under its key, or put the value before it in quotes",
        ),
        (
            "did not find expected key",
            "this line is not indented like the keys around it, or a quote above it is left open",
        ),
        (
            "did not find expected node content",
            "a value is missing here, or starts with a character that needs quotes",
        ),
        (
            "found character that cannot start any token",
            "this character cannot start a value (a tab in the indentation, `@` or a backquote): indent with spaces, or quote the value",
        ),
        (
            "found a tab character",
            "a tab in the indentation: YAML indents with spaces",
        ),
        (
            "could not find expected ':'",
            "a key has no `:` after it, or a quote is left open",
        ),
        (
            "did not find expected ',' or ']'",
            "a `[` list is not closed with `]`",
        ),
        (
            "did not find expected ',' or '}'",
            "a `{` mapping is not closed with `}`",
        ),
        (
            "found unknown escape character",
            "an unknown escape (`\\`) in a double-quoted value: write `\\\\` for a backslash, or use single quotes",
        ),
        (
            "found undefined alias",
            "an alias (`*name`) names no anchor (`&name`) above it",
        ),
        (
            "unknown anchor",
            "an alias (`*name`) names no anchor (`&name`) above it",
        ),
    ];
    if message.starts_with("found unexpected end of stream") && message.contains("quoted scalar") {
        return Some("a quoted value has no closing quote".to_owned());
    }
    SAID.iter()
        .find(|(start, _)| message.starts_with(start))
        .map(|(_, said)| (*said).to_owned())
}

#[cfg(test)]
mod tests {
    use super::in_users_terms;

    #[test]
    fn type_errors_say_what_was_expected_and_found_in_the_files_terms() {
        for (raw, said) in [
            (
                "traits[0].max: invalid type: string \"many\", expected u32",
                "traits[0].max: expected a whole number, found the text \"many\"",
            ),
            (
                "traits[0].max: invalid type: integer `-3`, expected u32",
                "traits[0].max: expected a whole number, 0 or more, found the number -3",
            ),
            (
                "traits[0].default: invalid type: floating point `1.5`, expected u32",
                "traits[0].default: expected a whole number, found the number 1.5",
            ),
            (
                "source.publisher: invalid type: sequence, expected a string",
                "source.publisher: expected text, found a list",
            ),
            (
                "values: invalid type: integer `5`, expected a map",
                "values: expected a mapping (`key: value` lines), found the number 5",
            ),
            (
                "factors[0]: invalid type: string \"x\", expected struct FactorFile",
                "factors[0]: expected a mapping (`key: value` lines), found the text \"x\"",
            ),
        ] {
            assert_eq!(in_users_terms(raw), said);
        }
    }

    #[test]
    fn a_file_that_is_no_pack_is_told_what_a_pack_is() {
        let said = in_users_terms("invalid type: string \"just prose\", expected struct PackFile");
        assert!(said.starts_with("this is not a pack: "), "{said}");
        assert!(said.contains("`schema: 2`"), "{said}");
        assert!(said.ends_with("this is the text \"just prose\""), "{said}");
        let said = in_users_terms("invalid type: sequence, expected struct Profile");
        assert!(said.starts_with("this is not a profile: "), "{said}");
    }

    #[test]
    fn syntax_errors_say_what_to_look_at() {
        let said = in_users_terms("mapping values are not allowed in this context");
        assert!(said.contains("indented deeper"), "{said}");
        let said = in_users_terms("found unexpected end of stream, while scanning a quoted scalar");
        assert_eq!(said, "a quoted value has no closing quote");
        // Another error inside a quoted value is not a missing quote.
        let said = in_users_terms("found unknown escape character while parsing a quoted scalar");
        assert!(said.starts_with("an unknown escape (`\\`)"), "{said}");
        // Unknown words stay as they are.
        assert_eq!(in_users_terms("something new"), "something new");
    }
}
