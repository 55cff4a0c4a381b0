//! Search over the real article pack.

use super::*;
use crate::content::embedded;

#[test]
fn finds_real_time_from_an_abbreviation() {
    let index = SearchIndex::new(&embedded());
    let hits = index.search("rltm").hits;
    let first = &index.items()[hits[0].item];
    assert!(first.text.starts_with("Real"), "{}", first.text);
    // Highlighted letters spell the query.
    let letters: String = index
        .positions(hits[0].item, "rltm")
        .iter()
        .map(|&p| first.text.chars().nth(p).unwrap())
        .collect();
    assert_eq!(letters.to_lowercase(), "rltm");
}

#[test]
fn folds_non_ascii_case() {
    let mut pack = embedded();
    pack.factors[0].name = "ÉCOSYSTÈME Über".into();
    let index = SearchIndex::new(&pack);
    let hits = index.search("écosystème über").hits;
    assert_eq!(index.items()[hits[0].item].index, 0);
    assert_eq!(index.items()[hits[0].item].kind, ItemKind::Factor);
}

#[test]
fn the_articles_text_is_searched_sentence_by_sentence() {
    let pack = embedded();
    let index = SearchIndex::new(&pack);
    let hits = index.search("hiring").hits;
    let item = &index.items()[hits[0].item];
    assert_eq!(item.kind, ItemKind::Passage);
    assert!(
        item.text
            .starts_with("Sharing a language between client and server"),
        "{}",
        item.text
    );
    assert_eq!(pack.sections[item.index].id, "node");
    assert_eq!(
        item.context.as_deref(),
        Some("Node.js: JavaScript on the server")
    );
    assert_eq!(
        sentences("One. Two! Three?\n Four"),
        [(0, "One."), (5, "Two!"), (10, "Three?"), (18, "Four")]
    );
    assert_eq!(
        sentences("Node.js and 2.5 stay whole."),
        [(0, "Node.js and 2.5 stay whole.")]
    );
}

#[test]
fn refining_equals_searching_afresh() {
    let index = SearchIndex::new(&embedded());
    let first = index.search("re");
    assert_eq!(index.refine(&first, "rea"), index.search("rea"));
    assert_eq!(index.search("").hits.len(), index.items().len());
    assert!(index.search("zzzzqqq").hits.is_empty());
}

#[test]
fn typing_letter_by_letter_finds_what_a_fresh_search_finds() {
    let index = SearchIndex::new(&embedded());
    for query in [
        "eea",
        "real time",
        "rltm",
        "ecosystem",
        "aeiou",
        "the team",
        "ee",
    ] {
        let mut results = index.search("");
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            results = index.refine(&results, &typed);
            assert_eq!(results, index.search(&typed), "after typing {typed:?}");
        }
    }
}

/// The texts of the hits for `query`, best first.
fn found(index: &SearchIndex, query: &str) -> Vec<String> {
    (index.search(query).hits.iter())
        .map(|hit| index.items()[hit.item].text.clone())
        .collect()
}

#[test]
fn a_word_comes_before_scattered_letters_which_are_no_hits() {
    let index = SearchIndex::new(&embedded());
    for (query, word) in [("streaming", "streaming"), ("rule", "rule")] {
        let texts = found(&index, query);
        assert!(!texts.is_empty(), "{query}");
        // The sentence with the word is first, and nothing that only holds
        // the letters here and there follows it.
        assert!(texts[0].to_lowercase().contains(word), "{query}: {texts:?}");
        for text in &texts {
            assert!(text.to_lowercase().contains(word), "{query}: {text}");
        }
        assert_eq!(
            index.search(query).hits[0].closeness,
            Closeness::Word,
            "{query}"
        );
    }
    assert!(found(&index, "rule")[0].starts_with("The practical rule:"));
}

#[test]
fn a_typo_finds_the_word_it_misses() {
    let index = SearchIndex::new(&embedded());
    let hits = index.search("strem").hits;
    let first = &index.items()[hits[0].item];
    assert!(first.text.contains("streaming"), "{}", first.text);
    let letters: String = (index.positions(hits[0].item, "strem").iter())
        .map(|&p| first.text.chars().nth(p).unwrap())
        .collect();
    assert_eq!(letters, "strem");
    // The highlighted letters lie within "stream", not across the sentence.
    let at = index.positions(hits[0].item, "strem");
    assert!(at[at.len() - 1] - at[0] < "stream".len(), "{at:?}");
}

#[test]
fn parts_of_words_come_after_whole_words() {
    let index = SearchIndex::new(&embedded());
    let hits = index.search("time").hits;
    let ranks: Vec<Closeness> = hits.iter().map(|hit| hit.closeness).collect();
    assert!(ranks.is_sorted(), "{ranks:?}");
    assert!(ranks.contains(&Closeness::Word));
    // A sentence's letters are found close together or not at all.
    for query in ["time", "strem", "node", "ee", "aeiou", "data ai"] {
        let length = query.chars().count();
        for hit in index.search(query).hits {
            if index.items()[hit.item].kind == ItemKind::Passage {
                let at = index.positions(hit.item, query);
                let stretch = at[at.len() - 1] + 1 - at[0];
                assert!(stretch <= length + length / 2, "{query}: {at:?}");
            }
        }
    }
}

#[test]
fn every_highlighted_letter_lies_inside_its_snippet() {
    let index = SearchIndex::new(&embedded());
    for query in [
        "streaming",
        "rule",
        "strem",
        "rltm",
        "hiring",
        "real-time",
        "node",
        "ee",
    ] {
        for hit in index.search(query).hits {
            let text = &index.items()[hit.item].text;
            let at = index.positions(hit.item, query);
            assert!(!at.is_empty(), "{query}: {text}");
            for room in [24, 40, 63] {
                let cut = snippet(text, &at, room);
                for &p in &at {
                    assert!(
                        cut.shows(p),
                        "{query} at {room}: {p} outside {cut:?} of {text}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_passage_knows_where_it_is_in_the_article() {
    let pack = embedded();
    let index = SearchIndex::new(&pack);
    let mut parts = Vec::new();
    for item in index.items() {
        let Some(part) = item.part else {
            assert!(matches!(item.kind, ItemKind::Factor | ItemKind::Slider));
            continue;
        };
        let source = match part {
            Part::Intro => &pack.intro,
            Part::Title(index) => &pack.sections[index].title,
            Part::Body(index) => &pack.sections[index].body,
            Part::Closing => &pack.closing.as_ref().unwrap().body,
        };
        let from: String = source.chars().skip(item.offset).collect();
        assert!(from.starts_with(&item.text), "{part:?} {}", item.text);
        parts.push((part, item.offset));
    }
    // In the article's order: the intro, each section's title then body, the closing.
    let order = |part: Part| match part {
        Part::Intro => (0, 0, 0),
        Part::Title(index) => (1, index, 0),
        Part::Body(index) => (1, index, 1),
        Part::Closing => (2, 0, 0),
    };
    assert!(
        parts
            .windows(2)
            .all(|w| (order(w[0].0), w[0].1) < (order(w[1].0), w[1].1)),
        "{parts:?}"
    );
}

#[test]
fn ranking_in_slices_ends_where_a_whole_search_does() {
    let index = SearchIndex::new(&embedded());
    for query in ["e", "real time", "rltm", "the team", ""] {
        let whole = index.search(query);
        for budget in [1, 3, 50] {
            let mut sliced = index.search_first(query, budget);
            let mut slices = 1;
            while !index.rank_more(&mut sliced, budget) {
                slices += 1;
            }
            assert_eq!(sliced, whole, "{query:?} in slices of {budget}");
            if budget == 1 && whole.hits.len() > 2 {
                assert!(slices > 2, "{query:?}: {slices} slices");
            }
        }
    }
}

#[test]
fn a_first_slice_leaves_the_rest_pending_and_refines_from_every_candidate() {
    let index = SearchIndex::new(&embedded());
    let first = index.search_first("e", 2);
    assert!(first.pending() > 0);
    assert!(first.hits.len() <= 2);
    // A longer query narrows the candidates, scored or not.
    assert_eq!(index.refine(&first, "ea"), index.search("ea"));
}

#[test]
fn the_byte_prefilter_agrees_with_a_char_by_char_one() {
    let by_chars = |pattern: &str, text: &str| {
        let mut text = text.chars();
        pattern.chars().all(|p| text.any(|t| t == p))
    };
    let texts = [
        "real time",
        "façade über naïve",
        "ééa",
        "日本語のテキスト",
        "",
    ];
    let patterns = [
        "rt", "tr", "çü", "üç", "éa", "aé", "本テ", "テ本", "", "x", "ee",
    ];
    for text in texts {
        for pattern in patterns {
            assert_eq!(
                super::holds_in_order(pattern, text),
                by_chars(pattern, text),
                "{pattern:?} in {text:?}"
            );
        }
    }
}
