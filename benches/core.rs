//! The core operations on the article pack and on a generated large pack
//! (10,000 factors, 200 sliders, 8 options): load (and the YAML parse
//! alone), recommend, one key press
//! (update + a full draw at 200×60), alone and with a baseline pinned, a
//! search keystroke (a letter after "re", and the first letter), the markdown export, and the tipping points of every
//! rating and weight.
//!
//! Run: `cargo bench --bench core` (or `benches/run.sh` for everything).

#[path = "support/large_pack.rs"]
mod large_pack;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use stackcompare::content::{self, Pack};
use stackcompare::engine::Engine;
use stackcompare::export;
use stackcompare::search::SearchIndex;
use stackcompare::tui::action::Action;
use stackcompare::tui::app::{App, Start};
use stackcompare::tui::theme::Theme;
use stackcompare::tui::ui;

fn app_for(pack: Pack) -> App {
    let mut app = App::new(vec![pack], Start::default(), Theme::new(true));
    app.update(Action::Resize(200, 60));
    app
}

/// Key presses on the focused slider, up to its max and back down, each
/// followed by a whole frame.
fn key_presses(b: &mut criterion::Bencher, app: &mut App, terminal: &mut Terminal<TestBackend>) {
    let mut up = true;
    b.iter(|| {
        let value = app.session().values()[app.session().slider()];
        let max = app.pack().sliders[app.session().slider()].max;
        up = if value == max {
            false
        } else if value == 0 {
            true
        } else {
            up
        };
        app.update(if up {
            Action::Increase
        } else {
            Action::Decrease
        });
        terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    })
}

/// `letter` typed into the search box and a whole frame drawn, timed; the
/// `Backspace` that undoes it is not.
fn typing(
    b: &mut criterion::Bencher,
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    letter: char,
) {
    b.iter_custom(|iterations| {
        let mut total = Duration::ZERO;
        for _ in 0..iterations {
            let start = Instant::now();
            app.update(Action::Input(letter));
            terminal.draw(|frame| ui::draw(frame, app)).unwrap();
            total += start.elapsed();
            app.update(Action::Backspace);
        }
        total
    })
}

fn bench_pack(c: &mut Criterion, name: &str, text: &str) {
    let pack = content::parse_pack(text, name).expect("the benchmark pack is valid");

    c.bench_function(&format!("{name}/load"), |b| {
        b.iter(|| content::parse_pack(black_box(text), name).unwrap())
    });
    // The YAML parse alone, into the same types: what `load` costs at the
    // least while a pack is read from YAML.
    c.bench_function(&format!("{name}/parse_only"), |b| {
        b.iter(|| serde_yaml::from_str::<content::PackFile>(black_box(text)).unwrap())
    });

    let engine = Engine::new(&pack);
    let mut values = pack.default_values();
    c.bench_function(&format!("{name}/recommend"), |b| {
        b.iter(|| {
            values[0] = (values[0] + 1) % (pack.sliders[0].max + 1);
            engine.recommend(black_box(&values))
        })
    });

    // How sure the verdict is: every nearby project counted (or sampled),
    // all at once, as `recommend` does; the explorer spreads a long count.
    let at_defaults = engine.recommend(&pack.default_values());
    c.bench_function(&format!("{name}/robustness"), |b| {
        b.iter(|| engine.robustness(black_box(&at_defaults)))
    });

    // The numbers that decide: every rating's and every weight's tipping
    // points (the exports), and the ratings one step off (the explorer's
    // fragile note, on every key press).
    c.bench_function(&format!("{name}/rating_tipping_points"), |b| {
        b.iter(|| engine.rating_tipping_points(black_box(&at_defaults), 0..usize::MAX))
    });
    c.bench_function(&format!("{name}/weight_tipping_points"), |b| {
        b.iter(|| engine.weight_tipping_points(black_box(&at_defaults), 0..usize::MAX))
    });
    c.bench_function(&format!("{name}/ratings_one_step_off"), |b| {
        b.iter(|| engine.ratings_one_step_off(black_box(&at_defaults), 0..usize::MAX))
    });

    // One key press: the slider moves, the state updates, a whole frame is drawn.
    // The explorer opens on the sliders: arrows move the first one.
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut app = app_for(pack.clone());
    c.bench_function(&format!("{name}/key_press_200x60"), |b| {
        key_presses(b, &mut app, &mut terminal)
    });

    // The same with a baseline pinned (`b`) after a step: the pane compares
    // every new project with it.
    let mut app = app_for(pack.clone());
    app.update(Action::Increase);
    app.update(Action::ToggleBaseline);
    c.bench_function(&format!("{name}/key_press_200x60_comparing"), |b| {
        key_presses(b, &mut app, &mut terminal)
    });

    // The same with a number of the reader's as well (a rating raised in
    // the factor text), then back on the sliders: a reader who challenges
    // the numbers and compares.
    let mut app = app_for(pack.clone());
    for action in [
        Action::FocusNext,
        Action::FocusNext,
        Action::FocusNext,
        Action::PickNumber(true),
        Action::PickNumber(true),
        Action::RaiseNumber,
        Action::FocusNext,
        Action::Increase,
        Action::ToggleBaseline,
    ] {
        app.update(action);
    }
    assert!(!app.session().engine().overrides().is_empty() && app.comparing());
    c.bench_function(&format!("{name}/key_press_200x60_yours_comparing"), |b| {
        key_presses(b, &mut app, &mut terminal)
    });

    // Filtering alone: the hits of "re" narrowed to "rea" (what one more letter costs).
    let index = SearchIndex::new(&pack);
    let shorter = index.search("re");
    c.bench_function(&format!("{name}/search_filter"), |b| {
        b.iter(|| index.refine(black_box(&shorter), "rea"))
    });

    // A search keystroke: one letter typed after "re", and the frame drawn.
    // Only the typing is timed; the Backspace that undoes it is not.
    let mut app = app_for(pack.clone());
    app.update(Action::OpenSearch);
    app.update(Action::Input('r'));
    app.update(Action::Input('e'));
    c.bench_function(&format!("{name}/search_keystroke_200x60"), |b| {
        typing(b, &mut app, &mut terminal, 'a')
    });

    // The first letter typed into an empty search box, and the frame drawn:
    // what the key press itself pays (the explorer ranks the rest between
    // key presses). The Backspace that undoes it is not timed.
    let mut app = app_for(pack.clone());
    app.update(Action::OpenSearch);
    c.bench_function(&format!("{name}/search_first_letter_200x60"), |b| {
        typing(b, &mut app, &mut terminal, 'r')
    });

    let recommendation = engine.recommend(&pack.default_values());
    c.bench_function(&format!("{name}/markdown_export"), |b| {
        b.iter(|| export::to_markdown(&export::Summary::of(black_box(&pack), &recommendation)))
    });
}

fn benches(c: &mut Criterion) {
    bench_pack(c, "article", content::EMBEDDED_SOURCE);
    let large = large_pack::large_pack_yaml(7, 10_000, 200, 8);
    bench_pack(c, "large", &large);
}

criterion_group! {
    name = core;
    config = Criterion::default().sample_size(30).warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = benches
}
criterion_main!(core);
