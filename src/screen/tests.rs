//! The column arithmetic, as the explorer lays a screen out with it. The
//! explorer's own snapshots see these numbers too, but they are too slow to
//! judge every change to this file (see docs/MUTATION.md): these say each
//! rule once, at the edges where it turns.

use super::*;

#[test]
fn sliders_take_two_rows_only_when_both_width_and_height_allow() {
    assert!(is_wide(110, 30));
    assert!(is_wide(200, 60));
    assert!(!is_wide(109, 30), "one column short");
    assert!(!is_wide(110, 29), "one row short");
    assert!(!is_wide(CHECKED_WIDTH, CHECKED_HEIGHT));
}

/// Labels `labels` wide and values like "10/10".
fn texts(labels: usize) -> SliderTexts {
    SliderTexts { labels, values: 5 }
}

#[test]
fn a_slider_label_gets_half_its_row_and_never_fewer_than_six_columns() {
    // Short labels: half the row, whatever they need.
    assert_eq!(narrow_label_width(40, texts(5)), 20);
    assert_eq!(narrow_label_width(41, texts(5)), 20);
    assert_eq!(narrow_label_width(8, texts(0)), 6);
    // The marker before the label comes out of those columns.
    assert_eq!(slider_label_columns(40, texts(5)), 18);
    assert_eq!(slider_label_columns(8, texts(0)), 4);
}

#[test]
fn a_long_slider_label_takes_more_while_the_shortest_track_still_fits() {
    // Row 42: the label may take up to 42 - (1 + 10 + 6) = 25 columns.
    let most = 42 - (1 + MIN_NARROW_TRACK + texts(0).value_column());
    assert_eq!(most, 25);
    assert_eq!(narrow_label_width(42, texts(20)), 22, "as much as it needs");
    assert_eq!(narrow_label_width(42, texts(23)), 25, "exactly the most");
    assert_eq!(narrow_label_width(42, texts(24)), 25, "one over: the most");
    assert_eq!(slider_label_columns(42, texts(29)), 23);
    // A row too narrow for the shortest track: half, as ever.
    assert_eq!(narrow_label_width(30, texts(29)), 15);
}

#[test]
fn a_wider_value_leaves_the_label_less() {
    // "100/100" is 7 columns: a space and it take 8 after the track.
    let hundreds = SliderTexts {
        labels: 29,
        values: 7,
    };
    assert_eq!(hundreds.value_column(), 8);
    assert_eq!(narrow_label_width(42, hundreds), 42 - (1 + 10 + 8));
}

#[test]
fn the_factor_list_is_as_wide_as_its_names_between_two_fifths_and_half() {
    // Border 2, marks 3, the names, a space, the number 3, a space, the
    // shortest bar 4: the names and 14 columns.
    assert_eq!(factor_pane_width(200, 70), 84);
    assert_eq!(factor_pane_width(200, 73), 87);
    assert_eq!(factor_pane_width(200, 0), 80, "at least two fifths");
    assert_eq!(factor_pane_width(200, 500), 100, "at most half");
}

#[test]
fn an_importance_bar_is_drawn_only_when_longer_than_the_shortest() {
    // Marks 3, a space and a number 2 wide: 6 columns besides the name.
    let fixed = FACTOR_MARKS + 1 + 2;
    let exactly_min = factor_row(fixed + 10 + MIN_BAR, 10, 2);
    assert_eq!(exactly_min, FactorRow { name: 10, bar: 0 });
    let one_more = factor_row(fixed + 10 + MIN_BAR + 1, 10, 2);
    // A space before the bar, the rest to the bar.
    assert_eq!(
        one_more,
        FactorRow {
            name: 10,
            bar: MIN_BAR
        }
    );
    let roomy = factor_row(200, 10, 2);
    assert_eq!(roomy.bar, MAX_BAR);
}

#[test]
fn importance_numbers_are_as_wide_as_the_largest_and_at_least_two() {
    assert_eq!(number_width(0), 2);
    assert_eq!(number_width(7), 2);
    assert_eq!(number_width(123), 3);
    assert_eq!(number_width(12_345), 5);
}

#[test]
fn an_option_name_beside_its_bar_gets_half_of_the_text() {
    assert_eq!(option_name_columns(90), 45);
    assert_eq!(option_name_columns(11), 5);
    assert_eq!(option_name_columns(1), 0);
}

#[test]
fn at_the_checked_size_each_name_gets_its_share_of_the_columns() {
    // 80 columns are narrow: the left column is 55% of them, 44.
    let left = left_width(CHECKED_WIDTH, false);
    assert_eq!(left, 44);
    let room = room(CHECKED_WIDTH, CHECKED_HEIGHT, 100, texts(100), 3);
    // Long labels take the left column inside its border (42) but for the
    // shortest track and its value (17), less the marker.
    assert_eq!(room.slider_label, 23);
    // Short ones leave it half, less the marker.
    assert_eq!(
        super::room(CHECKED_WIDTH, CHECKED_HEIGHT, 100, texts(10), 3).slider_label,
        19
    );
    // Long names make the factor list half the left column (22); inside
    // its border 20, less marks, a space and the number: 13.
    assert_eq!(room.factor_name, 13);
    // The recommendation has the other 36 columns (34 inside), the
    // factor's ratings what the list leaves of the left (22, 20 inside):
    // half of each.
    assert_eq!(room.option_name, (17, 10));
}

#[test]
fn the_wide_layout_splits_the_screen_in_half() {
    assert_eq!(left_width(120, true), 60);
    assert_eq!(left_width(120, false), 66);
    let room = room(120, 40, 100, texts(100), 3);
    assert_eq!(room.option_name.0, 29, "half of 60 less the border");
}
