use super::*;

#[test]
fn value_at_maps_the_track_ends() {
    let track = Rect::new(10, 0, 11, 1);
    assert_eq!(value_at(track, 10, 10), 0);
    assert_eq!(value_at(track, 20, 10), 10);
    assert_eq!(value_at(track, 15, 10), 5);
    assert_eq!(value_at(track, 99, 10), 10);
    assert_eq!(value_at(track, 0, 10), 0);
}

#[test]
fn slider_rows_scroll_with_the_selection() {
    let inner = Rect::new(0, 0, 40, 10);
    let rows = slider_rows(inner, false, 200, 143);
    assert_eq!(rows.visible, 8);
    assert_eq!(rows.offset, 143);
    assert_eq!(rows.slider(150).map(|r| r.y), Some(7));
    assert_eq!(rows.slider_at(7), Some(150));
    assert_eq!(rows.slider(10), None);
    assert_eq!(rows.help.y, 8);
}

#[test]
fn the_recommendation_is_at_least_as_wide_as_the_sliders_from_120_columns() {
    for (w, h) in [(120, 40), (160, 50), (200, 60), (300, 80)] {
        let a = areas(w, h, 8, 21);
        assert!(a.recommendation.width >= a.sliders.width, "{w}x{h}: {a:?}");
        assert!(a.wide);
    }
    // The sliders pane takes the rows its sliders need, no more.
    let a = areas(200, 60, 8, 21);
    assert_eq!(a.sliders.height, 8 * 2 + 3 + 2);
    assert_eq!(a.recommendation.height, 60 - 3);
}

#[test]
fn every_size_gives_areas_inside_the_screen() {
    for (w, h) in [
        (40, 12),
        (60, 20),
        (80, 24),
        (120, 40),
        (200, 60),
        (500, 200),
        (80, 500),
        (MAX_WIDTH, MAX_HEIGHT),
    ] {
        for sliders in [1, 8, 1000] {
            let a = areas(w, h, sliders, 21);
            for rect in [
                a.header,
                a.body,
                a.factors,
                a.detail,
                a.sliders,
                a.recommendation,
                a.status,
                a.footer,
            ] {
                assert!(rect.right() <= w && rect.bottom() <= h, "{w}x{h}: {rect:?}");
            }
            for popup in [search_box(a.body), help_box(a.body), picker_box(a.body, 3)] {
                assert!(
                    popup.right() <= w && popup.bottom() <= h,
                    "{w}x{h}: {popup:?}"
                );
            }
        }
    }
}

#[test]
fn sizes_outside_the_limits_do_not_fit() {
    assert_eq!(fit(39, 24), Fit::TooSmall);
    assert_eq!(fit(80, 11), Fit::TooSmall);
    assert_eq!(fit(80, 24), Fit::Fits);
    assert_eq!(fit(MAX_WIDTH + 1, 24), Fit::TooLarge);
    assert_eq!(fit(u16::MAX, u16::MAX), Fit::TooLarge);
}

#[test]
fn the_search_box_stays_put() {
    let body = Rect::new(0, 1, 120, 37);
    assert_eq!(search_box(body), search_box(body));
    assert_eq!(search_rows(body), usize::from(search_box(body).height) - 4);
}

#[test]
fn factor_names_come_before_their_bars() {
    // Room for every name and the number: the bar gets the rest, capped.
    assert_eq!(factor_row(38, 21, 2), FactorRow { name: 21, bar: 10 });
    assert_eq!(factor_row(200, 21, 2), FactorRow { name: 21, bar: 20 });
    // Too little left for a bar that compares anything: none.
    assert_eq!(factor_row(28, 21, 2), FactorRow { name: 21, bar: 0 });
    // Short of room, the name is cut; the number stays.
    assert_eq!(factor_row(20, 21, 2), FactorRow { name: 14, bar: 0 });
    // The list takes the width its names need, within two fifths and half.
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let a = areas(w, h, 8, 21);
        let bottom = a.factors.width + a.detail.width;
        assert!(a.factors.width * 5 >= bottom * 2, "{w}x{h}: {a:?}");
        assert!(a.factors.width * 2 <= bottom, "{w}x{h}: {a:?}");
    }
    assert!(areas(120, 40, 8, 21).factors.width > areas(120, 40, 8, 9).factors.width);
}

#[test]
fn tracks_grow_with_the_width_up_to_a_maximum() {
    let track = |width, wide| {
        track(
            Rect::new(0, 0, width, 2),
            wide,
            false,
            Ends::default(),
            SliderTexts::default(),
        )
        .width
    };
    // Two rows: the track fills the content, which stops growing at its maximum.
    assert_eq!(track(56, true), 45);
    assert_eq!(track(96, true), 61);
    assert_eq!(track(500, true), track(96, true));
    // One row: after the label, at most its own maximum.
    assert!(track(100, false) > 40);
    assert_eq!(track(500, false), 60);
    // The end labels count against the same content.
    let ends = ends(Some("I/O-bound"), Some("Compute-heavy"), true, 96);
    let two_sided = super::track(
        Rect::new(0, 0, 96, 2),
        true,
        false,
        ends,
        SliderTexts::default(),
    );
    assert_eq!(
        2 + ends.low + two_sided.width + ends.high + 9,
        slider_content(96)
    );
}
