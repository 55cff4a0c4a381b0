//! What a pack author uses besides `check`: `new` (a starter pack, valid as
//! written, and writing it as `export` writes), shell completions and the
//! manual page.

use std::fs;

use serde_json::Value;

use crate::common::{fails, ok, path_str, repo, run, stderr, tempdir};

const SUBCOMMANDS: [&str; 5] = ["recommend", "export", "check", "list", "new"];

#[test]
fn a_new_pack_passes_check_as_written() {
    let dir = tempdir();
    let file = dir.path().join("my-pack.yaml");
    fs::write(&file, ok(&["new", "my-pack"])).unwrap();
    assert_eq!(
        ok(&["check", path_str(&file)]),
        format!(
            "ok  {}: pack `my-pack`, 2 options, 3 factors, 2 sliders, all 3 situations hold\n",
            file.display()
        )
    );
}

#[test]
fn a_new_pack_written_with_output_loads_with_every_part() {
    let dir = tempdir();
    let file = dir.path().join("starter.yaml");
    let output = run(&["new", "db-choice", "-o", path_str(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    assert_eq!(stderr(&output), format!("wrote {}\n", file.display()));
    let pack = stackcompare::content::load_pack(&file).expect("the starter loads");
    assert_eq!(pack.id, "db-choice");
    let counts = [
        pack.options.len(),
        pack.factors.len(),
        pack.sliders.len(),
        pack.sections.len(),
        pack.rules.len(),
        pack.situations.len(),
    ];
    assert_eq!(counts, [2, 3, 2, 1, 2, 3]);
    let quoted = |f: &stackcompare::content::Factor| {
        f.ratings
            .iter()
            .all(|r| matches!(r, stackcompare::content::Rating::Quoted { .. }))
    };
    assert!(pack.factors.iter().all(quoted));
    assert!(pack.sliders.iter().all(|t| !t.raises.is_empty()));
    assert_eq!(pack.close_call.margin, 10);
    assert!(
        pack.rules.iter().all(|rule| rule.id.is_some()),
        "situations name the rules by id"
    );
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        ok(&["new", "db-choice", "-o", "-"])
    );
}

#[test]
fn the_starter_packs_sliders_decide_as_its_article_says() {
    let dir = tempdir();
    let file = dir.path().join("starter.yaml");
    fs::write(&file, ok(&["new", "db-choice"])).unwrap();
    let verdict = |set: &[&str]| -> Value {
        let mut args = vec![
            "recommend",
            "--format",
            "json",
            "--content",
            path_str(&file),
        ];
        for s in set {
            args.extend(["--set", s]);
        }
        serde_json::from_str::<Value>(&ok(&args)).unwrap()["verdict"].clone()
    };
    assert_eq!(verdict(&[])["kind"], "close_call");
    assert_eq!(verdict(&["writers=5"])["option"], "postgres");
    assert_eq!(verdict(&["no_ops=on"])["option"], "sqlite");
}

#[test]
fn the_starter_explains_every_field_of_the_format_in_a_comment() {
    let starter = ok(&["new", "x"]);
    let schema: Value = serde_json::from_str(
        &fs::read_to_string(repo("content/stackcompare.schema.json")).unwrap(),
    )
    .unwrap();
    let comments: String = starter
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix('#'))
        .collect::<Vec<_>>()
        .join("\n");
    let mut fields = Vec::new();
    collect_properties(&schema, &mut fields);
    assert!(fields.len() > 20, "{fields:?}");
    for field in fields {
        assert!(
            comments.contains(&format!("{field}:")) || comments.contains(&format!("`{field}`")),
            "no comment explains `{field}`"
        );
    }
    assert!(!starter.contains("PACK_ID"), "the placeholder is replaced");
}

/// Every property name anywhere in a JSON Schema.
fn collect_properties(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                out.extend(properties.keys().cloned());
            }
            map.values().for_each(|v| collect_properties(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_properties(v, out)),
        _ => {}
    }
}

#[test]
fn new_accepts_every_pack_id_and_refuses_the_rest() {
    for id in ["a", "123", "0x1f", "true", "my-pack-2", &"z".repeat(64)] {
        let text = stackcompare::cli::starter(id).expect(id);
        let pack = stackcompare::content::parse_pack(&text, "starter").expect(id);
        assert_eq!(pack.id, id);
    }
    for id in ["My-Pack", "my_pack", "a b", "", &"z".repeat(65), "a:\n  b"] {
        let err = fails(&["new", id], 1);
        assert!(err.contains("must match [a-z0-9-]+"), "{id:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let err = fails(&["new", "x\u{1b}[2J"], 1);
    assert!(err.contains("`x\\u{1b}[2J`"), "escaped: {err}");
}

#[test]
fn new_refuses_to_overwrite_a_file_unless_forced() {
    let dir = tempdir();
    let file = dir.path().join("taken.yaml");
    fs::write(&file, "mine\n").unwrap();
    let err = fails(&["new", "my-pack", "-o", path_str(&file)], 1);
    assert_eq!(
        err,
        format!(
            "{}: already exists, not overwritten (use --force to replace it)\n",
            file.display()
        )
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine\n");
    ok(&["new", "my-pack", "-o", path_str(&file), "--force"]);
    assert_eq!(fs::read_to_string(&file).unwrap(), ok(&["new", "my-pack"]));
}

#[test]
fn completions_for_every_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = ok(&["completions", shell]);
        for name in SUBCOMMANDS.iter().chain(&["completions", "man"]) {
            assert!(script.contains(name), "{shell} lacks `{name}`");
        }
    }
    fails(&["completions", "tcsh"], 2);
}

#[test]
fn the_man_page_is_roff_naming_every_subcommand() {
    let page = ok(&["man"]);
    assert!(page.starts_with(".TH stackcompare 1 "), "{page}");
    assert!(page.contains("\n.SH NAME\n") && page.contains("\n.SH SYNOPSIS\n"));
    for name in SUBCOMMANDS.iter().chain(&["completions"]) {
        assert!(
            page.contains(&format!("stackcompare\\-{name}")),
            "lacks `{name}`"
        );
    }
}
