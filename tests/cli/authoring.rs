//! What a pack author uses besides `check`: `new` (a starter pack, valid as
//! written, and writing it as `export` writes), shell completions and the
//! manual page.

use std::fs;

use serde_json::Value;

use crate::common::{fails, ok, path_str, repo, run, stderr, tempdir};

const SUBCOMMANDS: [&str; 9] = [
    "recommend",
    "export",
    "compare",
    "diff",
    "check",
    "list",
    "new",
    "draft",
    "config",
];

#[test]
fn a_new_pack_passes_check_as_written() {
    let dir = tempdir();
    let file = dir.path().join("my-pack.yaml");
    fs::write(&file, ok(&["new", "my-pack"])).unwrap();
    let out = ok(&["check", path_str(&file)]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(
            format!(
                "ok  {}: pack `my-pack`, 2 options, 3 factors, 2 sliders, all 3 situations hold",
                file.display()
            )
            .as_str()
        )
    );
    // No error; at most advice on what the explorer cuts at 80×24.
    let place = format!("{}:", file.display());
    for line in lines {
        assert!(
            line.starts_with(&place) && line.contains(": warning: ")
                || line.ends_with(" (not errors)"),
            "{out}"
        );
    }
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
    for name in SUBCOMMANDS.iter().chain(&["completions", "man"]) {
        assert!(
            page.contains(&format!("\nstackcompare\\-{name}(1)\n")),
            "lacks `{name}`"
        );
    }
}

/// The page's sections, in order, as `.SH` names them.
fn sections(page: &str) -> Vec<String> {
    page.lines()
        .filter_map(|line| line.strip_prefix(".SH "))
        .map(|name| name.trim_matches('"').to_owned())
        .collect()
}

/// The text of one section, its roff escapes undone.
fn section(page: &str, name: &str) -> String {
    let heading = if name.contains(' ') {
        format!(".SH \"{name}\"\n")
    } else {
        format!(".SH {name}\n")
    };
    let start = page.find(&heading).unwrap_or_else(|| panic!("no {name}")) + heading.len();
    let end = page[start..]
        .find("\n.SH ")
        .map_or(page.len(), |at| start + at);
    page[start..end]
        .replace("\\-", "-")
        .replace("\\*(Aq", "'")
        .replace("\\fB", "")
        .replace("\\fR", "")
        .replace("\\\\", "\\")
}

#[test]
fn the_man_page_has_the_sections_a_reader_looks_for_and_no_extra() {
    let page = ok(&["man"]);
    assert_eq!(
        sections(&page),
        [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "SUBCOMMANDS",
            "KEYS",
            "LINE MODE",
            "EXIT STATUS",
            "ENVIRONMENT",
            "FILES",
            "VERSION"
        ]
    );
    // What `--help` says after the options belongs to the description.
    assert!(
        section(&page, "DESCRIPTION").contains("With no command, opens the full-screen explorer")
    );
    let exit = section(&page, "EXIT STATUS");
    for code in ["0", "1", "2", "128 + N"] {
        assert!(exit.contains(&format!(".TP\n{code}\n")), "{code}: {exit}");
    }
    let files = section(&page, "FILES");
    for name in [
        "NAME.profile.yaml",
        "*.profile.yaml",
        "stackcompare-PACK.md",
        "*.yaml",
        "--force",
        "--dir",
    ] {
        assert!(files.contains(name), "{name}: {files}");
    }
}

#[test]
fn the_exit_status_the_page_gives_is_what_the_binary_does() {
    // 1: a bad --set value, a broken pack; 2: bad usage, a --set without =.
    fails(&["recommend", "--set", "realtime=99"], 1);
    fails(
        &["recommend", "--content", "tests/fixtures/broken/empty.yaml"],
        1,
    );
    fails(&["recommend", "--sett", "realtime=1"], 2);
    fails(&["recommend", "--set", "realtime"], 2);
    fails(&["man", "nope"], 2);
}

#[test]
fn every_page_the_man_page_names_is_one_the_binary_makes() {
    let page = ok(&["man"]);
    let named: Vec<&str> = page
        .lines()
        .filter_map(|line| line.strip_prefix("stackcompare\\-")?.strip_suffix("(1)"))
        .collect();
    assert_eq!(
        named,
        SUBCOMMANDS
            .iter()
            .chain(&["completions", "man"])
            .copied()
            .collect::<Vec<_>>()
    );
    assert!(!page.contains("help(1)"), "no page for `help`");
    for name in &named {
        let sub = ok(&["man", name]);
        assert!(
            sub.starts_with(&format!(".TH stackcompare-{name} 1 ")),
            "{sub}"
        );
        assert_eq!(
            sections(&sub)[..4],
            ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS"],
            "{name}"
        );
        assert!(sections(&sub).contains(&"EXIT STATUS".to_owned()), "{name}");
        assert!(
            section(&sub, "SEE ALSO").contains("stackcompare(1)"),
            "{name}"
        );
    }
    // --dir writes exactly those pages, as printed.
    let dir = tempdir();
    let output = run(&["man", "--dir", path_str(dir.path())]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    let mut expected: Vec<String> = named
        .iter()
        .map(|n| format!("stackcompare-{n}.1"))
        .collect();
    expected.push("stackcompare.1".into());
    expected.sort();
    assert_eq!(crate::common::names(dir.path()), expected);
    assert_eq!(
        fs::read_to_string(dir.path().join("stackcompare.1")).unwrap(),
        page
    );
    for name in &named {
        let file = dir.path().join(format!("stackcompare-{name}.1"));
        assert_eq!(fs::read_to_string(&file).unwrap(), ok(&["man", name]));
        assert!(stderr(&output).contains(&format!("wrote {}\n", file.display())));
    }
    // Written again, the pages are replaced.
    ok(&["man", "--dir", path_str(dir.path())]);
    assert_eq!(crate::common::names(dir.path()), expected);
}

#[test]
fn the_keys_section_is_the_explorers_key_table() {
    use stackcompare::tui::keymap::{ALL_SCOPES, bindings};
    let keys = section(&ok(&["man"]), "KEYS");
    let mut rows = 0;
    for scope in ALL_SCOPES {
        let title = scope.title();
        let heading = if title.contains(' ') {
            format!(".SS \"{title}\"\n")
        } else {
            format!(".SS {title}\n")
        };
        let start = keys
            .find(&heading)
            .unwrap_or_else(|| panic!("no {title}:\n{keys}"));
        let end = keys[start + 1..]
            .find("\n.SS ")
            .map_or(keys.len(), |at| start + 2 + at);
        let part = &keys[start..end];
        for binding in bindings(scope) {
            let entry = format!(".TP\n{}\n{}\n", binding.label(), binding.help);
            assert!(part.contains(&entry), "{title}: no {entry:?} in\n{part}");
            rows += 1;
        }
    }
    assert_eq!(
        rows,
        stackcompare::tui::keymap::DEFAULTS.len(),
        "every row, once"
    );
}

#[test]
fn the_environment_section_names_every_variable_the_code_reads() {
    let environment = section(&ok(&["man"]), "ENVIRONMENT");
    let mut read = Vec::new();
    let mut files = vec![repo("src")];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for call in ["env::var(\"", "env::var_os(\""] {
            for (at, _) in text.match_indices(call) {
                let rest = &text[at + call.len()..];
                read.push(rest[..rest.find('"').unwrap()].to_owned());
            }
        }
    }
    read.sort();
    read.dedup();
    assert!(read.contains(&"NO_COLOR".to_owned()), "{read:?}");
    for name in &read {
        assert!(
            environment.contains(&format!(".TP\n{name}\n")),
            "{name} is read but not in ENVIRONMENT:\n{environment}"
        );
    }
}

#[test]
fn the_man_page_lists_every_command_of_the_line_mode() {
    let text = section(&ok(&["man"]), "LINE MODE");
    for usage in &stackcompare::linear::COMMANDS {
        let call = format!("{} {}", usage.name, usage.arguments);
        assert!(text.contains(call.trim_end()), "{call}:\n{text}");
        assert!(text.contains(usage.does), "{}:\n{text}", usage.does);
    }
}
