//! The config file for the explorer: found, read, its keys and theme
//! checked; `config --default` and `config --path`; and what `check
//! --config` reports.

use std::path::Path;
use std::sync::Arc;

use crate::config::{self, ColourWhen, Location};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::tui::config as tui_config;
use crate::tui::keymap::Keymap;
use crate::tui::theme::Theme;

use super::ColorChoice;

/// What the explorer starts with from the config (the defaults without one).
pub struct Settings {
    pub keys: Arc<Keymap>,
    pub palette: config::theme::Palette,
    pub colour: Option<ColorChoice>,
    pub mouse: Option<bool>,
}

/// Where the config is read from: `--config`, `STACKCOMPARE_CONFIG`, the
/// XDG place.
pub fn location(flag: Option<&Path>) -> Option<Location> {
    config::locate(flag, |name| std::env::var(name).ok())
}

/// The config at `location`, every problem with it at once.
pub fn load(location: Option<&Location>) -> Result<Settings, Diagnostics> {
    let config = match location {
        Some(location) => config::load(location)?,
        None => None,
    };
    let Some((config, problems)) = config else {
        return Ok(Settings {
            keys: Arc::default(),
            palette: Default::default(),
            colour: None,
            mouse: None,
        });
    };
    let keys = with_keys(&config, problems)?;
    Ok(Settings {
        keys: Arc::new(keys),
        palette: config.palette,
        colour: config.colour.map(|when| match when {
            ColourWhen::Auto => ColorChoice::Auto,
            ColourWhen::Always => ColorChoice::Always,
            ColourWhen::Never => ColorChoice::Never,
        }),
        mouse: config.mouse,
    })
}

impl Settings {
    pub fn theme(&self, colour: bool) -> Theme {
        Theme::with_palette(self.palette, colour)
    }
}

/// `check --config [FILE]`: the `ok` line, or every problem.
pub fn check(flag: Option<&Path>) -> Result<String, Diagnostics> {
    let Some(location) = location(flag) else {
        return Err(Diagnostics::one(Diagnostic::new(
            "stackcompare",
            None,
            "no config file to check: neither --config FILE, STACKCOMPARE_CONFIG, XDG_CONFIG_HOME nor HOME is set",
        )));
    };
    let name = crate::diagnostic::escape_controls(location.path.display().to_string());
    match config::load(&location)? {
        None => Ok(format!(
            "ok  {name}: no config file there; the defaults apply"
        )),
        Some((config, problems)) => {
            with_keys(&config, problems)?;
            Ok(format!("ok  {name}: config"))
        }
    }
}

/// The keymap, or the file's problems and the keys' together, in file order.
fn with_keys(
    config: &config::Config,
    mut problems: Vec<Diagnostic>,
) -> Result<Keymap, Diagnostics> {
    match tui_config::keymap(config) {
        Ok(keys) if problems.is_empty() => Ok(keys),
        Ok(_) => Err(Diagnostics(problems)),
        Err(found) => {
            problems.extend(found.0);
            crate::diagnostic::in_file_order(&mut problems);
            Err(Diagnostics(problems))
        }
    }
}
