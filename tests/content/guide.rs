//! The authoring guide (`content/README.md`) shows a complete pack that loads,
//! and its table of the article pack's numbers matches the pack.

use stackcompare::content::{self, Rating, parse_pack};

use crate::common;

fn authoring_guide() -> String {
    std::fs::read_to_string(common::repo("content/README.md")).unwrap()
}

/// Every ```yaml block of the guide, in order.
fn yaml_blocks(guide: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let mut rest = guide;
    while let Some(start) = rest.find("```yaml\n") {
        let body = &rest[start + "```yaml\n".len()..];
        let end = body.find("\n```").expect("a closed block") + 1;
        blocks.push(&body[..end]);
        rest = &body[end..];
    }
    blocks
}

#[test]
fn authoring_guide_example_pack_is_valid() {
    let guide = authoring_guide();
    let example = yaml_blocks(&guide)
        .into_iter()
        .find(|block| block.contains("\nschema: 2\n"))
        .expect("the guide has a complete example of schema 2");
    let pack = parse_pack(example, "content/README.md example")
        .unwrap_or_else(|error| panic!("the guide's complete example does not load:\n{error}"));
    assert_eq!(pack.id, "go-vs-rust");
    assert!(pack.sliders.iter().any(|t| t.is_two_sided()));
    assert!(pack.sliders.iter().any(|t| t.is_toggle()));
    assert!(
        pack.sliders.iter().any(|t| !t.rates.is_empty()),
        "a slider that rates an option"
    );
}

#[test]
fn authoring_guide_table_matches_the_article_pack() {
    let guide = authoring_guide();
    let pack = content::embedded();
    let python = pack.option_index("python").unwrap();
    let node = pack.option_index("node").unwrap();
    for factor in &pack.factors {
        let row = guide
            .lines()
            .find(|line| line.starts_with(&format!("| {} | ", factor.name)))
            .unwrap_or_else(|| panic!("the guide has no row for {}", factor.name));
        let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
        let said = |rating: &Rating| match rating {
            Rating::Quoted { value, .. } => value.to_string(),
            Rating::NotSaid => "5 (not said)".to_owned(),
            Rating::Slider(s) => format!("`{}`", pack.sliders[*s].id),
        };
        assert_eq!(
            (cells[1], cells[2], cells[3]),
            (
                factor.weight.to_string().as_str(),
                said(&factor.ratings[python]).as_str(),
                said(&factor.ratings[node]).as_str()
            ),
            "{row}"
        );
    }
}
