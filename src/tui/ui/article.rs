//! The article view: the whole article in a reading column, scrollable;
//! after a search's Enter, which of its hits is highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{more_below, pane_block};
use crate::textkit::width;
use crate::tui::app::{App, Overlay};
use crate::tui::layout::{self, READING_WIDTH};

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let inner = layout::inner(area);
    let offset = app.session().article_scroll().offset;
    let article = app.session().shown().article();
    let total = article.len();
    let visible = article.get(offset..).unwrap_or_default();
    let end = (offset + usize::from(inner.height)).min(total);
    let hit = match app.session().article_hits() {
        Some(hits) => {
            let (at, count) = hits.position();
            let query = width::truncate(hits.query(), 20);
            format!(" · hit {at} of {count} for “{query}”")
        }
        None => String::new(),
    };
    let title = format!("Article · line {end} of {total}{hit} · q, Esc or a closes");
    let on_top = app.overlay() == Some(Overlay::Article);
    let block = pane_block(&title, on_top, app.theme());
    frame.render_widget(more_below(block, end < total, app.theme()), area);
    let column = inner.width.min(READING_WIDTH);
    let text_area = Rect {
        x: inner.x + (inner.width - column) / 2,
        width: column,
        ..inner
    };
    super::rows(frame, text_area, visible);
}
