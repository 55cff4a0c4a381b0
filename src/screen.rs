//! The explorer's column arithmetic, in the core so `check` can tell where
//! a name or label will be cut without importing the screen: the layout
//! (`tui::layout`) and the drawing read these same numbers.

/// The size `check` measures names and labels for: the smallest common
/// terminal.
pub const CHECKED_WIDTH: u16 = 80;
pub const CHECKED_HEIGHT: u16 = 24;

/// From this size up, sliders take two rows (label, then track).
const WIDE_WIDTH: u16 = 110;
const WIDE_HEIGHT: u16 = 30;

pub fn is_wide(width: u16, height: u16) -> bool {
    width >= WIDE_WIDTH && height >= WIDE_HEIGHT
}

/// The left column's width (sliders, factors, detail): 55% of the screen,
/// 50% in the wide layout.
pub fn left_width(width: u16, wide: bool) -> u16 {
    let percent = if wide { 50 } else { 55 };
    share(width, percent, 100)
}

/// `numerator / denominator` of `n`, without overflow on huge terminals.
pub fn share(n: u16, numerator: u32, denominator: u32) -> u16 {
    u16::try_from(u32::from(n) * numerator / denominator).unwrap_or(u16::MAX)
}

/// The shortest track in the one-row layout when the labels want its room:
/// a cell for each step of a 0–10 slider.
pub const MIN_NARROW_TRACK: u16 = 10;
/// What the one-row sliders are laid out for: their widest label and
/// their widest value ("10/10", "100/100", "off"), in columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SliderTexts {
    pub labels: usize,
    pub values: usize,
}

impl SliderTexts {
    /// After a one-row track: a space and the widest value.
    pub fn value_column(self) -> u16 {
        u16::try_from(1 + self.values).unwrap_or(u16::MAX)
    }
}

/// Width of the label column in the one-row (narrow) slider layout, in a
/// row `row_width` wide: its marker (`▶ `) and the label. Half the row, and
/// more where the labels need it, while a track of `MIN_NARROW_TRACK` and
/// the widest value still fit after them (with the space before the track).
pub fn narrow_label_width(row_width: u16, texts: SliderTexts) -> u16 {
    // Labels carry the meaning; the track can be short.
    let half = share(row_width, 1, 2).max(6);
    let wanted = u16::try_from(SLIDER_MARKER + texts.labels).unwrap_or(u16::MAX);
    let most = row_width
        .saturating_sub(1 + MIN_NARROW_TRACK)
        .saturating_sub(texts.value_column());
    wanted.min(most).max(half)
}

/// The marker before a slider's label in the one-row layout.
pub const SLIDER_MARKER: usize = 2;

/// The columns a slider's label gets in the one-row layout.
pub fn slider_label_columns(row_width: u16, texts: SliderTexts) -> usize {
    usize::from(narrow_label_width(row_width, texts)).saturating_sub(SLIDER_MARKER)
}

/// A factor row's marks before its name: the selection and `▲`, a space.
pub const FACTOR_MARKS: usize = 3;
/// The widest importance number.
pub const NUMBER: usize = 3;
/// An importance bar shorter than this compares nothing: none is drawn.
pub const MIN_BAR: usize = 4;
/// …and one longer than this no better.
pub const MAX_BAR: usize = 20;

/// The factor list's width in a row `row_width` wide, for names `names`
/// columns wide: as wide as they need, between two fifths and half.
pub fn factor_pane_width(row_width: u16, names: usize) -> u16 {
    u16::try_from(2 + FACTOR_MARKS + names + 1 + NUMBER + 1 + MIN_BAR)
        .unwrap_or(u16::MAX)
        .clamp(share(row_width, 2, 5), share(row_width, 1, 2))
}

/// The columns of a factor row `columns` wide, after its marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactorRow {
    pub name: usize,
    /// The importance bar; 0 when there is no room for one.
    pub bar: usize,
}

/// A factor row's columns: the name as wide as the widest name `names`
/// (cut only when the row has no room for it and the number), then the bar
/// with what is left (a space before it, at most `MAX_BAR`), then a space
/// and the number, `number` wide.
pub fn factor_row(columns: usize, names: usize, number: usize) -> FactorRow {
    let fixed = FACTOR_MARKS + 1 + number;
    let name = names.min(columns.saturating_sub(fixed));
    let spare = columns.saturating_sub(fixed + name);
    let bar = if spare > MIN_BAR {
        (spare - 1).min(MAX_BAR)
    } else {
        0
    };
    FactorRow { name, bar }
}

/// The importance number's width in the factor list, for the largest.
pub fn number_width(most: u64) -> usize {
    most.to_string().len().max(2)
}

/// The widest an option's name is shown beside its bar, in a text
/// `columns` wide (the recommendation's fit bars, the factor's ratings):
/// half of it, the rest for the bar and the number.
pub fn option_name_columns(columns: usize) -> usize {
    columns / 2
}

/// The columns names and labels get at `width` × `height`, the factor
/// names `factor_names` wide at most, the sliders' texts `sliders`, and
/// importance numbers `number` wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    pub slider_label: usize,
    pub factor_name: usize,
    /// In the recommendation's fit bars and in the factor's ratings.
    pub option_name: (usize, usize),
}

pub fn room(
    width: u16,
    height: u16,
    factor_names: usize,
    sliders: SliderTexts,
    number: usize,
) -> Room {
    let wide = is_wide(width, height);
    let left = left_width(width, wide);
    let inside = |w: u16| usize::from(w.saturating_sub(2));
    let factors = factor_pane_width(left, factor_names);
    Room {
        slider_label: slider_label_columns(left.saturating_sub(2), sliders),
        factor_name: factor_row(inside(factors), usize::MAX, number).name,
        option_name: (
            option_name_columns(inside(width - left)),
            option_name_columns(inside(left - factors)),
        ),
    }
}

#[cfg(test)]
mod tests;
