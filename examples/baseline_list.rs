//! The start-up baseline: a minimal ratatui program that draws a list of
//! 1,000 items and waits for `q`. `benches/startup.rs` times it beside
//! stackcompare.

use ratatui::crossterm::event::{self, Event, KeyCode};
use ratatui::widgets::{Block, List};

fn main() -> std::io::Result<()> {
    let items: Vec<String> = (1..=1000).map(|n| format!("Item {n}")).collect();
    let mut terminal = ratatui::init();
    let result = (|| loop {
        terminal.draw(|frame| {
            let list = List::new(items.iter().map(String::as_str))
                .block(Block::bordered().title("Baseline list"));
            frame.render_widget(list, frame.area());
        })?;
        if let Event::Key(key) = event::read()?
            && key.code == KeyCode::Char('q')
        {
            return Ok(());
        }
    })();
    ratatui::restore();
    result
}
