//! The committed JSON Schema (content/stackcompare.schema.json) is generated
//! from the pack model; this test fails when the two drift apart.
//! Refresh it with `UPDATE_SCHEMA=1 cargo test --test content schema`.

use std::path::Path;

fn generated() -> String {
    let schema = schemars::schema_for!(stackcompare::content::PackFile);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
    text.push('\n');
    text
}

#[test]
fn committed_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/stackcompare.schema.json");
    let fresh = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &fresh).expect("write the schema");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "content/stackcompare.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test --test content schema` and commit it"
    );
}

#[test]
fn schema_names_every_top_level_field() {
    let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    let properties = schema["properties"].as_object().expect("properties");
    for field in [
        "schema",
        "id",
        "title",
        "source",
        "intro",
        "options",
        "factors",
        "traits",
        "sections",
        "rules",
        "close_call",
        "closing",
    ] {
        assert!(properties.contains_key(field), "missing {field}");
    }
    assert_eq!(
        schema["additionalProperties"],
        serde_json::Value::Bool(false)
    );
}

#[test]
fn every_pack_points_editors_at_the_schema() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    for entry in std::fs::read_dir(content).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                text.starts_with("# yaml-language-server: $schema=stackcompare.schema.json"),
                "{} lacks the schema comment on its first line",
                path.display()
            );
        }
    }
}
