use super::*;

#[test]
fn embedded_pack_is_valid() {
    let pack = embedded();
    assert_eq!(pack.id, "python-vs-node");
    let ids: Vec<&str> = pack.sliders.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "data_ai",
            "realtime",
            "concurrency",
            "workload",
            "one_language",
            "team_js",
            "team_python",
            "clarity"
        ]
    );
    let factors: Vec<&str> = pack.factors.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        factors,
        [
            "data-ai",
            "real-time",
            "shared-language",
            "readability",
            "io-performance",
            "compute-performance",
            "ecosystem",
            "team"
        ]
    );
}

#[test]
fn ids_resolve_to_indices() {
    let pack = embedded();
    let team = pack.factor_index("team").unwrap();
    let python = pack.option_index("python").unwrap();
    let team_python = pack.slider_index("team_python").unwrap();
    assert_eq!(
        pack.factors[team].ratings[python],
        Rating::Slider(team_python)
    );
    assert_eq!(pack.sliders[team_python].rates, [(team, python)]);
    let workload = pack.slider_index("workload").unwrap();
    let io = pack.factor_index("io-performance").unwrap();
    let concurrency = pack.slider_index("concurrency").unwrap();
    assert_eq!(pack.factors[io].raised_by, [concurrency, workload]);
    let node_rule = pack
        .rules
        .iter()
        .find(|r| r.text.starts_with("Choose Node.js"))
        .unwrap();
    let team_js = pack.slider_index("team_js").unwrap();
    // "if your team already knows JavaScript and you want a single language"
    let together = Condition::All(vec![
        Condition::Test {
            slider: team_js,
            at_least: 5,
            at_most: 10,
            above: None,
        },
        Condition::Test {
            slider: pack.slider_index("one_language").unwrap(),
            at_least: 1,
            at_most: 1,
            above: None,
        },
    ]);
    assert!(node_rule.when.contains(&together), "{:?}", node_rule.when);
}

#[test]
fn problems_are_all_reported_with_lines() {
    let text = EMBEDDED_SOURCE
        .replace("      node: { rating: 3,", "      nod: { rating: 3,")
        .replace("    default: 5\n", "    default: 11\n")
        .replace(
            "basis: \"Node.js is secondary on that ground\"",
            "basis: \"Node.js is second on that ground\"",
        );
    let error = parse_pack(&text, "p.yaml").unwrap_err();
    let messages: Vec<String> = error.0.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 4, "{messages:#?}");
    let has = |fragment: &str| messages.iter().any(|m| m.contains(fragment));
    assert!(has(
        "`ratings` names unknown option `nod` (did you mean `node`?)"
    ));
    assert!(has("does not rate option `node`"));
    assert!(has("default 11 of slider `workload` is above its max 10"));
    assert!(has(
        "basis is not in the article word for word; the nearest passage is “Python dominates; Node.js is secondary on that ground.” — differs at “secondary” (the quotation has “second”)"
    ));
    assert!(messages.iter().all(|m| m.starts_with("p.yaml:")));
}

#[test]
fn a_schema_1_pack_is_refused_in_one_line_that_says_what_changed() {
    let text = EMBEDDED_SOURCE.replace("schema: 2", "schema: 1");
    let error = parse_pack(&text, "old.yaml").unwrap_err();
    assert_eq!(error.0.len(), 1);
    let line = error.to_string();
    assert!(line.starts_with("old.yaml:"), "{line}");
    assert!(line.contains("schema 1 packs are no longer read"), "{line}");
    // A real schema 1 file fails on its fields; the schema line is what is said.
    let old = "schema: 1\nid: x\ntraits:\n  - id: a\n    weights: { p: 1 }\n";
    let line = parse_pack(old, "old.yaml").unwrap_err().to_string();
    assert!(line.starts_with("old.yaml:1:1: schema 1 packs"), "{line}");
}

#[test]
fn many_problems_are_bounded_and_counted() {
    let mut text = EMBEDDED_SOURCE.to_owned();
    let extra: String = (0..300)
        .map(|n| format!("  - {{ id: extra-{n}, name: E, summary: nowhere {n} }}\n"))
        .collect();
    text = text.replace("\ntraits:\n", &format!("{extra}\ntraits:\n"));
    let error = parse_pack(&text, "big.yaml").unwrap_err();
    assert_eq!(error.0.len(), MAX_PROBLEMS + 1);
    let last = error.0.last().unwrap().to_string();
    assert!(last.starts_with("big.yaml: … and "), "{last}");
    assert!(
        last.ends_with("more problems (fix the ones above first)"),
        "{last}"
    );
}

#[test]
fn out_of_range_counts_stop_validation_first() {
    let options: String = (0..20)
        .map(|n| format!("  - {{ id: o{n}, name: O, tagline: t, summary: s }}\n"))
        .collect();
    let text = EMBEDDED_SOURCE.replacen("options:\n", &format!("options:\n{options}"), 1);
    let error = parse_pack(&text, "p.yaml").unwrap_err();
    let lines: Vec<String> = error.0.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains("a pack has 2 to 8 options; this one has 22"),
        "{lines:?}"
    );
}

#[test]
fn source_url_takes_web_addresses_only() {
    for (url, ok) in [
        ("https://example.com/a", true),
        ("HTTP://example.com", true),
        ("javascript:alert(1)", false),
        ("file:///etc/passwd", false),
        ("https://", false),
        ("https://exa mple.com", false),
    ] {
        let text = EMBEDDED_SOURCE.replace("url: null", &format!("url: \"{url}\""));
        let result = parse_pack(&text, "p.yaml");
        assert_eq!(result.is_ok(), ok, "{url}: {result:?}");
    }
}

#[test]
fn a_slider_that_changes_nothing_is_an_error() {
    let text = EMBEDDED_SOURCE.replace("    raises: { readability: 5 }\n", "");
    let error = parse_pack(&text, "p.yaml").unwrap_err().to_string();
    assert!(
        error.contains("slider `clarity` neither raises a factor nor rates an option"),
        "{error}"
    );
}

#[test]
fn unknown_ids_in_raises_rated_by_and_when_get_a_suggestion() {
    let text = EMBEDDED_SOURCE
        .replace("raises: { real-time: 5 }", "raises: { realtime: 5 }")
        .replace(
            "rated_by: { python: team_python,",
            "rated_by: { python: team_pyton,",
        )
        .replace(
            "      - clarity: { at_least: 6 }",
            "      - clarty: { at_least: 6 }",
        );
    let error = parse_pack(&text, "p.yaml").unwrap_err().to_string();
    assert!(
        error.contains("unknown factor `realtime` (did you mean `real-time`?)"),
        "{error}"
    );
    assert!(
        error.contains("unknown slider `team_pyton` (did you mean `team_python`?)"),
        "{error}"
    );
    assert!(
        error.contains("unknown slider `clarty` (did you mean `clarity`?)"),
        "{error}"
    );
}

/// A small pack whose article is `intro`, rating options Py and Js on one
/// factor with these bases.
fn rated(intro: &str, python: &str, node: &str) -> Result<Pack, Diagnostics> {
    let summary = intro.split('.').next().unwrap_or_default();
    let text = format!(
        "schema: 2
id: t
title: T
source: {{ publisher: P }}
intro: \"{intro}\"
options:
  - {{ id: py, name: Py, tagline: t, summary: s }}
  - {{ id: js, name: Js, aliases: [JavaScript], tagline: t, summary: s }}
factors:
  - id: f
    name: F
    summary: \"{summary}\"
    ratings:
      py: {python}
      js: {node}
traits:
  - {{ id: s, label: S, help: h, max: 10, raises: {{ f: 1 }} }}
close_call: {{ margin: 5, text: T }}
"
    );
    parse_pack(&text, "t.yaml")
}

#[test]
fn the_same_words_speak_of_each_option_where_each_stands() {
    // "is fast" stands first where Py is named, then where Js is: each
    // rating finds the place that speaks of its own option.
    let pack = rated(
        "Py is fast. JavaScript is fast too.",
        "{ rating: 8, basis: is fast }",
        "{ rating: 8, basis: is fast }",
    )
    .unwrap();
    let sentence = |o: usize| match &pack.factors[0].ratings[o] {
        Rating::Quoted { sentence, .. } => pack.sentences[sentence.unwrap() as usize].clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(sentence(0), "Py is fast.");
    assert_eq!(sentence(1), "JavaScript is fast too.", "an alias names Js");
    // Said of one option only, the words are no basis for the other.
    let error = rated(
        "Py is fast. Js is slow.",
        "{ rating: 8, basis: is fast }",
        "{ rating: 8, basis: is fast }",
    )
    .unwrap_err()
    .to_string();
    assert!(
        error.contains("the basis of Js's rating on factor `f` does not speak of Js: it stands in “Py is fast.”, which speaks of Py; quote words about Js"),
        "{error}"
    );
    assert!(!error.contains("Py's rating"), "{error}");
    // "Both" speaks of both; a rating the article does not give needs no basis.
    assert!(
        rated(
            "Both are fast.",
            "{ rating: 8, basis: are fast }",
            "{ not_said: true }"
        )
        .is_ok()
    );
}

#[test]
fn fields_shown_on_one_line_are_one_line_once_loaded() {
    let text = EMBEDDED_SOURCE
        .replace(
            "title: \"Python vs Node.js: which backend should you choose?\"",
            "title: |\n  Python vs Node.js:\n    which backend\n\n  should you choose?\n",
        )
        .replace(
            "    label: Touches data, ML or AI\n",
            "    label: \"Touches data,\\nML or AI\"\n",
        );
    let pack = parse_pack(&text, "p.yaml").unwrap();
    assert_eq!(
        pack.title,
        "Python vs Node.js: which backend should you choose?"
    );
    let data = pack.slider_index("data_ai").unwrap();
    assert_eq!(pack.sliders[data].label, "Touches data, ML or AI");
    // Paragraphs keep their lines.
    assert!(pack.intro.contains('\n'));
}

#[test]
fn a_mark_is_an_error_at_its_place_and_stands_for_what_it_leaves_out() {
    let rated = r#"node: { rating: 3, basis: "Node.js is secondary on that ground" }"#;
    let marked = r#"node: { decide: "how does Node.js fare on Data and AI?", basis: "Node.js is secondary on that ground" }"#;
    assert!(EMBEDDED_SOURCE.contains(rated));
    let text = EMBEDDED_SOURCE.replacen(rated, marked, 1).replacen(
        "  url: null\n",
        "  url: null\n  decide: who published it?\n",
        1,
    );
    let Err(Diagnostics(found)) = parse_pack(&text, "marked.yaml") else {
        panic!("a pack with a mark never passes");
    };
    let messages: Vec<String> = found.iter().map(ToString::to_string).collect();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert_eq!(
        messages,
        [
            format!(
                "marked.yaml:{}:3: source to decide: who published it?",
                line_of("decide: who published")
            ),
            format!(
                "marked.yaml:{}:15: rating to decide: how does Node.js fare on Data and AI?",
                line_of("decide: \"how does Node.js")
            ),
        ],
        "the missing rating is the mark's, not a second error"
    );
}

#[test]
fn a_marked_basis_is_still_a_quotation() {
    let rated = r#"node: { rating: 3, basis: "Node.js is secondary on that ground" }"#;
    let marked = r#"node: { decide: "rate it", basis: "Node.js is secondary on all ground" }"#;
    let text = EMBEDDED_SOURCE.replacen(rated, marked, 1);
    let Err(Diagnostics(found)) = parse_pack(&text, "marked.yaml") else {
        panic!("a pack with a mark never passes");
    };
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].message.starts_with("rating to decide: rate it"));
    assert!(
        found[1]
            .message
            .contains("not in the article word for word"),
        "{}",
        found[1].message
    );
}

#[test]
fn input_past_the_limit_is_refused_and_input_at_it_is_read_whole() {
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap();
    let over = vec![b'#'; limit + 1];
    let Err(Diagnostics(refused)) = read_bounded(&over[..], "<stdin>") else {
        panic!("one byte past the limit was read");
    };
    assert_eq!(
        refused[0].to_string(),
        "<stdin>: the file is larger than 8 MiB, the most a pack or profile may be"
    );
    // At the limit the last byte is read too: here it is the one byte that
    // is not UTF-8, so an input cut short would pass as text.
    let mut at = vec![b'#'; limit];
    at[limit - 1] = 0xFF;
    let Err(Diagnostics(bad)) = read_bounded(&at[..], "<stdin>") else {
        panic!("the limit's last byte was not read");
    };
    assert_eq!(
        bad[0].to_string(),
        format!("<stdin>:1:{limit}: the file is not valid UTF-8 text")
    );
    at[limit - 1] = b'#';
    assert_eq!(read_bounded(&at[..], "<stdin>").unwrap().len(), limit);
}

#[test]
fn a_folders_packs_are_its_yaml_files_alone_sorted_by_name() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["b.yml", "a.yaml", "notes.md", "schema.json", "yaml"] {
        fs::write(dir.path().join(name), "schema: 2\n").unwrap();
    }
    // A folder named like a pack is not one.
    fs::create_dir(dir.path().join("c.yaml")).unwrap();
    let names: Vec<String> = pack_files(dir.path())
        .unwrap()
        .iter()
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["a.yaml", "b.yml"]);
}

#[test]
fn validate_finds_the_problems_of_a_pack_built_in_memory() {
    let mut file = embedded_file();
    assert!(validate(&file).is_empty());
    file.factors[0].id = "Data AI".into();
    let problems = validate(&file);
    let paths: Vec<&str> = problems.list.iter().map(|p| p.path.as_str()).collect();
    // The id itself, and the slider that raises the factor by its old id.
    assert_eq!(paths, ["factors.0.id", "traits.0.raises.data-ai"]);
}

#[test]
fn a_neutral_point_or_range_must_lie_inside_its_sliders_ends() {
    let file = embedded_file();
    let i = file.sliders.iter().position(|t| t.max == 10).unwrap();
    let said = |neutral: Neutral| {
        let mut file = file.clone();
        file.sliders[i].neutral = Some(neutral);
        let id = file.sliders[i].id.clone();
        validate(&file)
            .list
            .into_iter()
            .filter(|p| p.path == format!("traits.{i}.neutral"))
            .map(|p| p.message.replace(&id, "ID"))
            .collect::<Vec<_>>()
    };
    let refused = |what: &str| {
        vec![format!(
            "{what} of slider `ID` must lie between its ends, within 1–9 (a range from low to high)"
        )]
    };
    assert_eq!(said(Neutral::at(0)), refused("neutral 0"));
    assert_eq!(
        said(Neutral { from: 4, to: 10 }),
        refused("neutral [4, 10]")
    );
    assert_eq!(said(Neutral { from: 6, to: 4 }), refused("neutral [6, 4]"));
    for inside in [Neutral::at(1), Neutral::at(9), Neutral { from: 1, to: 9 }] {
        assert_eq!(said(inside), Vec::<String>::new(), "{inside:?}");
    }
}

#[test]
fn a_close_call_needs_its_words_unless_they_are_still_to_decide() {
    let mut file = embedded_file();
    file.close_call.text = None;
    file.close_call.texts.clear();
    let problems = validate(&file);
    let at_close: Vec<&str> = problems
        .list
        .iter()
        .filter(|p| p.path == "close_call")
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(
        at_close,
        ["close_call needs a `text` (or `texts`): the article's words for a close call"]
    );
    file.close_call.decide = Some("quote the article's words".into());
    assert!(validate(&file).list.iter().all(|p| p.path != "close_call"));
}

#[test]
fn a_tests_bounds_may_meet_its_sliders_end_and_each_other_but_not_pass_them() {
    let file = embedded_file();
    let slider = ten_step_slider(&file);
    let refused = |range: &str| {
        let mut file = file.clone();
        file.rules[0].when = vec![yaml::from_str(&format!("{slider}: {range}")).unwrap()];
        validate(&file)
            .list
            .into_iter()
            .filter(|p| p.path.starts_with("rules.0.when"))
            .map(|p| p.message.replace(&slider, "ID"))
            .collect::<Vec<_>>()
    };
    assert_eq!(refused("{ at_least: 10 }"), Vec::<String>::new());
    assert_eq!(
        refused("{ at_least: 11 }"),
        ["at_least 11 is more than `ID` can be (0–10): this never holds"]
    );
    assert_eq!(refused("{ at_least: 3, at_most: 3 }"), Vec::<String>::new());
    assert_eq!(
        refused("{ at_least: 4, at_most: 3 }"),
        ["at_most 3 is below at_least 4: this never holds"]
    );
}

#[test]
fn a_rating_still_to_decide_needs_its_mark_and_every_option_a_rating() {
    let mut file = embedded_file();
    let option = file.options[0].id.clone();
    let rating = file.factors[0].ratings.get_mut(&option).unwrap();
    rating.rating = None;
    let paths = |file: &PackFile| -> Vec<String> {
        validate(file).list.into_iter().map(|p| p.path).collect()
    };
    // No value and no mark: the rating is missing.
    assert_eq!(paths(&file), [format!("factors.0.ratings.{option}")]);
    // Marked to decide: only the mark is reported.
    file.factors[0].ratings.get_mut(&option).unwrap().decide = Some("rate it".into());
    assert_eq!(paths(&file), [format!("factors.0.ratings.{option}.decide")]);
    // Not rated at all: said under `ratings`, where the others are.
    file.factors[0].ratings.remove(&option);
    let problems = validate(&file);
    assert_eq!(problems.list.len(), 1, "{problems:#?}");
    assert_eq!(problems.list[0].path, "factors.0.ratings");
    assert!(
        problems.list[0]
            .message
            .contains(&format!("does not rate option `{option}`"))
    );
}

#[test]
fn an_option_left_unrated_is_said_under_the_map_the_factor_uses() {
    let mut file = embedded_file();
    let slider = ten_step_slider(&file);
    let [first, second] = [0, 1].map(|o| file.options[o].id.clone());
    let unrated = |file: &PackFile| -> Vec<String> {
        validate(file)
            .list
            .into_iter()
            .filter(|p| p.message.contains("does not rate option"))
            .map(|p| p.path)
            .collect()
    };
    // Rated by a slider alone: the missing option is said under `rated_by`.
    let mut by_slider = file.clone();
    by_slider.factors[0].ratings.clear();
    by_slider.factors[0].rated_by.insert(first, slider.clone());
    assert_eq!(unrated(&by_slider), ["factors.0.rated_by"]);
    // Rated both ways, a third option missing: said under `ratings`.
    let mut third = file.options[1].clone();
    third.id = "third".into();
    third.name = "Third".into();
    file.options.push(third);
    file.factors[0].ratings.remove(&second);
    file.factors[0].rated_by.insert(second, slider);
    assert_eq!(unrated(&file)[0], "factors.0.ratings");
}

/// The embedded pack as read, before cleaning and validation, to break.
fn embedded_file() -> PackFile {
    yaml::from_str(EMBEDDED_SOURCE).unwrap()
}

/// The id of one of its sliders that runs 0 to 10.
fn ten_step_slider(file: &PackFile) -> String {
    let slider = file.sliders.iter().find(|t| t.max == 10).unwrap();
    slider.id.clone()
}
