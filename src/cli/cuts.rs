//! `check`'s warnings: the option names and factor and slider labels the
//! explorer will cut at 80×24, measured with the explorer's own column
//! arithmetic (`screen`). A warning, not an error: the pack still works.

use crate::content::Pack;
use crate::screen::{self, CHECKED_HEIGHT, CHECKED_WIDTH};
use crate::textkit::width::{truncate, widest};
use crate::{engine, words};

/// One warning: the field path of what will be cut, and why.
pub fn cuts(pack: &Pack) -> Vec<(String, String)> {
    let factor_names = widest(pack.factors.iter().map(|f| f.name.as_str()), 100);
    // The numbers at the pack's defaults: the screen it opens on.
    let recommendation = engine::recommend(pack, &pack.default_values());
    let most = recommendation
        .importance
        .iter()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let room = screen::room(
        CHECKED_WIDTH,
        CHECKED_HEIGHT,
        factor_names,
        words::slider_texts(pack),
        screen::number_width(most),
    );
    let size = format!("{CHECKED_WIDTH}×{CHECKED_HEIGHT}");
    let mut out = Vec::new();
    let mut check = |path: String, what: &str, text: &str, columns: usize, pane: &str| {
        let wide = crate::textkit::width::width(text);
        if wide > columns {
            out.push((
                path,
                format!(
                    "{what} “{text}” is {wide} columns: at {size}, {columns} fit in {pane} (“{}”)",
                    truncate(text, columns)
                ),
            ));
        }
    };
    let (fits, ratings) = room.option_name;
    for (n, option) in pack.options.iter().enumerate() {
        let (columns, pane) = if ratings < fits {
            (ratings, "the factor's ratings")
        } else {
            (fits, "the recommendation")
        };
        check(
            format!("options.{n}.name"),
            "option name",
            &option.name,
            columns,
            pane,
        );
    }
    for (n, factor) in pack.factors.iter().enumerate() {
        let path = format!("factors.{n}.name");
        check(
            path,
            "factor name",
            &factor.name,
            room.factor_name,
            "the factor list",
        );
    }
    for (n, slider) in pack.sliders.iter().enumerate() {
        let path = format!("traits.{n}.label");
        check(
            path,
            "slider label",
            &slider.label,
            room.slider_label,
            "the sliders pane",
        );
    }
    out
}
