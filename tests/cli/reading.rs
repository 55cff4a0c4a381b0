//! How the recommendation reads in text and markdown: the Why list's signed
//! shares add up to the lead it shows, a close call's fits are shown to a
//! tenth and differ by that lead, the close call and how sure it is are
//! said one way, and a group's disagreements say the share of the range
//! they are sorted by.

use super::{json, sets, strs};
use crate::common::ok;

/// Slider settings with winners either way, close calls and reasons for
/// both sides.
const SETTINGS: [&[(&str, u32)]; 6] = [
    &[("data_ai", 8), ("realtime", 2)],
    &[
        ("data_ai", 3),
        ("realtime", 2),
        ("team_js", 6),
        ("team_python", 5),
    ],
    &[("realtime", 9), ("concurrency", 7), ("team_python", 6)],
    &[
        ("data_ai", 6),
        ("clarity", 4),
        ("team_js", 7),
        ("workload", 2),
    ],
    &[("workload", 9), ("team_python", 3), ("team_js", 4)],
    &[("data_ai", 10), ("realtime", 10), ("concurrency", 10)],
];

fn args<'a>(command: &'a str, set: &'a [String], format: &'a str) -> Vec<&'a str> {
    let mut args = vec![command, "--format", format];
    args.extend(set.iter().map(String::as_str));
    args
}

/// A signed share as the Why list shows it ("+6.1", "−3.6"), in tenths.
fn signed_tenths(text: &str) -> Option<i64> {
    let (sign, rest) = if let Some(rest) = text.strip_prefix('+') {
        (1, rest)
    } else {
        (-1, text.strip_prefix('−')?)
    };
    let number = rest.split_whitespace().next()?;
    let (whole, tenth) = number.split_once('.').unwrap_or((number, "0"));
    Some(sign * (whole.parse::<i64>().ok()? * 10 + tenth.parse::<i64>().ok()?))
}

/// "7.9" or "12" as tenths.
fn tenths_of(number: &str) -> i64 {
    let (whole, tenth) = number.split_once('.').unwrap_or((number, "0"));
    whole.parse::<i64>().unwrap() * 10 + tenth.parse::<i64>().unwrap()
}

/// The lead a "= 7.9 fit points, …" line says, in tenths.
fn sum_line_tenths(line: &str) -> i64 {
    let number = line
        .trim_start()
        .strip_prefix("= ")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("a sum line: {line}"));
    tenths_of(number.trim_end_matches(':'))
}

#[test]
fn the_text_s_signed_shares_add_up_to_the_lead_it_shows() {
    for setting in SETTINGS {
        let set = sets(setting);
        let text = ok(&args("recommend", &set, "text"));
        let value = json(&strs(&set));
        let lead = (value["verdict"]["lead"].as_f64().unwrap() * 10.0).round() as i64;
        let why: Vec<&str> = text
            .lines()
            .skip_while(|line| !line.starts_with("Why: "))
            .take_while(|line| !line.starts_with("  = "))
            .collect();
        let shares: Vec<i64> = why
            .iter()
            .filter(|line| line.starts_with("  +") || line.starts_with("  −"))
            .map(|line| signed_tenths(line.trim_start()).unwrap())
            .collect();
        assert!(!shares.is_empty(), "{setting:?}:\n{text}");
        let sum_line = text
            .lines()
            .find(|line| line.starts_with("  = "))
            .unwrap_or_else(|| panic!("{setting:?}: no sum line\n{text}"));
        assert_eq!(shares.iter().sum::<i64>(), lead, "{setting:?}:\n{text}");
        assert_eq!(sum_line_tenths(sum_line), lead, "{setting:?}: {sum_line}");
        // A share for the runner-up is negative and says whom it favours.
        let runner_up = value["scores"][1]["name"].as_str().unwrap();
        for line in why.iter().filter(|line| line.starts_with("  −")) {
            assert!(
                line.contains(&format!("(favours {runner_up}")),
                "{setting:?}: {line}"
            );
        }
    }
}

#[test]
fn the_markdown_s_signed_shares_add_up_to_the_lead_it_shows() {
    for setting in SETTINGS {
        let set = sets(setting);
        let markdown = ok(&args("recommend", &set, "markdown"));
        let value = json(&strs(&set));
        let lead = (value["verdict"]["lead"].as_f64().unwrap() * 10.0).round() as i64;
        let shares: i64 = markdown
            .lines()
            .filter_map(|line| line.strip_prefix("- **"))
            .filter_map(signed_tenths)
            .sum();
        assert_eq!(shares, lead, "{setting:?}:\n{markdown}");
        let sum_line = markdown
            .lines()
            .find(|line| line.starts_with("= "))
            .unwrap_or_else(|| panic!("{setting:?}: no sum line\n{markdown}"));
        assert_eq!(sum_line_tenths(sum_line), lead, "{setting:?}: {sum_line}");
    }
}

#[test]
fn a_close_call_s_fits_are_shown_to_a_tenth_and_differ_by_the_lead() {
    let mut close_calls = 0;
    for setting in SETTINGS {
        let set = sets(setting);
        let text = ok(&args("recommend", &set, "text"));
        let value = json(&strs(&set));
        let close = value["verdict"]["kind"] == "close_call";
        // "  Python   ████░░ 81.0 fit", "  Node.js  ████░░ 80.3".
        let fits: Vec<&str> = text
            .lines()
            .skip(2)
            .take(2)
            .map(|line| line.split_whitespace().nth(2).unwrap())
            .collect();
        if close {
            close_calls += 1;
            let lead = (value["verdict"]["lead"].as_f64().unwrap() * 10.0).round() as i64;
            assert!(fits.iter().all(|fit| fit.contains('.')), "{fits:?}");
            assert_eq!(tenths_of(fits[0]) - tenths_of(fits[1]), lead, "{text}");
        } else {
            assert!(fits.iter().all(|fit| !fit.contains('.')), "{fits:?}");
        }
    }
    assert!(close_calls >= 2, "the settings try close calls");
}

#[test]
fn the_close_call_is_said_one_way() {
    let text = ok(&["recommend"]);
    assert!(
        text.contains("Verdict: too close to call between Python and Node.js\n"),
        "{text}"
    );
    assert!(
        text.contains("It is too close to call in 100% of nearby projects"),
        "{text}"
    );
    let markdown = ok(&["recommend", "--format", "markdown"]);
    assert!(
        markdown.contains(
            "**Too close to call between Python and Node.js.** Python and Node.js fit equally well"
        ),
        "{markdown}"
    );
    for output in [&text, &markdown] {
        for other in ["Too close:", "stays", "**:", ": Python or Node.js"] {
            assert!(!output.contains(other), "{other:?} in\n{output}");
        }
    }
}

#[test]
fn a_group_s_disagreements_say_the_share_of_the_range_they_are_sorted_by() {
    let team = [
        "--profile",
        "assets/profiles/team/lead.yaml",
        "--profile",
        "assets/profiles/team/frontend.yaml",
        "--profile",
        "assets/profiles/team/data.yaml",
    ];
    let mut text_args = vec!["recommend"];
    text_args.extend(team);
    let text = ok(&text_args);
    let percents: Vec<u32> = text
        .lines()
        .skip_while(|line| !line.starts_with("Where they disagree most"))
        .skip(1)
        .take_while(|line| !line.is_empty())
        .filter(|line| line.starts_with("  ") && !line.starts_with("    "))
        .map(|line| {
            if line.contains("spread over the whole range") {
                return 100;
            }
            let at = line.find("spread over ").unwrap() + "spread over ".len();
            line[at..].split('%').next().unwrap().parse().unwrap()
        })
        .collect();
    assert_eq!(percents, [100, 80, 70, 70, 60], "{text}");
    assert!(
        text.contains("(spread over 80% of the range, 8 of 10)"),
        "{text}"
    );
    let value = json(&team);
    let shares: Vec<u64> = value["disagreements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["percent_of_range"].as_u64().unwrap())
        .collect();
    assert_eq!(shares, [100, 80, 70, 70, 60]);
}
