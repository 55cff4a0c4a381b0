//! The receipt every result carries: the pack (its id and the SHA-256 of
//! its file), the version of stackcompare, and the values and numbers that
//! made the result — enough to make it again, and to notice when the pack
//! it came from is no longer the same file.

use std::fmt::Write;

use serde_json::{Value, json};

use super::json::overrides as overrides_json;
use crate::content::{self, Pack, Sha256, TOOL_VERSION};
use crate::engine::Overrides;

/// What produced one result.
#[derive(Debug, Clone, Copy)]
pub struct Receipt<'a> {
    pub pack: &'a Pack,
    pub values: &'a [u32],
    pub overrides: &'a Overrides,
}

impl Receipt<'_> {
    /// The `receipt` object of the JSON results.
    pub fn json(&self) -> Value {
        let values: serde_json::Map<String, Value> = (self.pack.sliders.iter())
            .zip(self.values)
            .map(|(t, value)| (t.id.clone(), json!(value)))
            .collect();
        json!({
            "pack": self.pack.id,
            "pack_sha256": self.pack.sha256.map(|digest| digest.to_string()),
            "tool": "stackcompare",
            "tool_version": TOOL_VERSION,
            "values": values,
            "overrides": overrides_json(self.pack, self.overrides),
        })
    }

    /// The command-line arguments that set these values and numbers: every
    /// slider (so a changed default cannot move the result), then the
    /// reader's ratings and weights.
    pub fn arguments(&self) -> Vec<String> {
        let pack = self.pack;
        let mut arguments: Vec<String> = pack
            .sliders
            .iter()
            .zip(self.values)
            .map(|(t, &value)| match (t.is_toggle(), value) {
                (true, 1) => format!("--set {}=on", t.id),
                (true, _) => format!("--set {}=off", t.id),
                _ => format!("--set {}={value}", t.id),
            })
            .collect();
        let overrides = self.overrides.clone().against(pack);
        for (&(factor, option), value) in &overrides.ratings {
            let (factor, option) = (&pack.factors[factor].id, &pack.options[option].id);
            arguments.push(format!("--rate {factor}.{option}={value}"));
        }
        for (&factor, value) in &overrides.weights {
            arguments.push(format!("--weight {}={value}", pack.factors[factor].id));
        }
        arguments
    }

    /// The receipt as a markdown section: the pack and its digest, the
    /// tool, and the command that makes the same result (for a group, the
    /// same verdict from its means: the people are in their profiles).
    pub fn markdown(&self, command: &str, of_group: bool) -> String {
        let mut out = stamp(self.pack);
        out.push_str(if of_group {
            "\nAgain from the group's mean values (each view is in its profile):\n\n"
        } else {
            "\nTo make it again:\n\n"
        });
        out.push_str(&self.command_block(command));
        out.push_str(&content_note(self.pack));
        out
    }

    /// `stackcompare COMMAND` with these arguments as a shell block, one
    /// argument a line, so every line stays short.
    pub fn command_block(&self, command: &str) -> String {
        let mut out = format!("```sh\nstackcompare {command}");
        if !is_embedded(self.pack) {
            let _ = write!(out, " \\\n  --content {}.yaml", self.pack.id);
        }
        for argument in self.arguments() {
            let _ = write!(out, " \\\n  {argument}");
        }
        out.push_str("\n```\n");
        out
    }
}

/// The receipt's heading and what it says of the pack and the tool.
pub(super) fn stamp(pack: &Pack) -> String {
    let mut out = String::from("## Receipt\n\n");
    let _ = writeln!(out, "- Pack: `{}`", pack.id);
    match pack.sha256 {
        Some(digest) => {
            let _ = writeln!(out, "- SHA-256 of the pack's file:\n  `{digest}`");
        }
        None => out.push_str("- The pack was built in memory: it has no file to digest\n"),
    }
    let _ = writeln!(out, "- Made by: stackcompare {TOOL_VERSION}");
    out
}

/// Where a command names the pack by a guessed file name, the note that says so.
pub(super) fn content_note(pack: &Pack) -> String {
    if is_embedded(pack) {
        String::new()
    } else {
        "\n(`--content` names the pack's file: give its path where it is kept.)\n".to_owned()
    }
}

/// Whether `pack` is the one compiled into this build, byte for byte (then
/// the command to make it again needs no `--content`).
fn is_embedded(pack: &Pack) -> bool {
    pack.sha256 == Some(Sha256::of(content::EMBEDDED_SOURCE.as_bytes()))
}
