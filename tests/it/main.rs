//! pledgeviz's integration tests, one binary for speed of linking.
//!
//! - `support`: the default dataset, fixtures in `tests/data/` and generated datasets.
//! - `validation`: every kind of malformed input gets its own message with a path.
//! - `ratios`: delivered ÷ pledged, shortfall, pace, per contributor and over time.
//! - `scenarios`: what-if sliders and projections.
//! - `i18n`: every word in every language, and every validation problem in each.
//! - `view_text`: the sentences and figures a reader sees.
//! - `charts`: golden SVG snapshots and the layout contract (nothing overlaps or leaves).
//! - `redraw`: what a slider's move draws again: the changed region, curves taken whole.
//! - `theme_css`: `www/theme.css` is the Rust theme's colours, generated and compared.
//! - `fuzz_corpus`: the fuzz corpus replayed through the fuzzed pipeline.
//! - `regression`: regression tests named after the issue whose work found them.
//! - `properties`: proptest invariants (ratios finite or undefined, money never lowers a
//!   ratio, parsing never panics, any valid dataset lays out at any width).
//!
//! The editor's (with `--features editor`):
//! - `editor_numbers`: figures as journalists type them, and columns read together.
//! - `editor_dates`: dates as journalists type them, and day/month order by column.
//! - `editor_table`: pasted and opened tables, separators, column and shape guesses.
//! - `editor_checks`: checks beyond each cell: "Total" rows left out, running totals that
//!   contradict the delivered figure or fall.
//! - `editor_build`: drafts into datasets that pass validation, problems by row and column,
//!   messages in three languages, and writing datasets back (a property test).
//! - `editor_reading`: the words the readers recognise, from every language's catalogue,
//!   read whatever the editor's language.
//! - `editor_page`: what the editor page drives: changes at JSON pointers, texts in several
//!   languages, build reports with anchors.

mod charts;
#[cfg(feature = "editor")]
mod editor_build;
#[cfg(feature = "editor")]
mod editor_checks;
#[cfg(feature = "editor")]
mod editor_dates;
#[cfg(feature = "editor")]
mod editor_numbers;
#[cfg(feature = "editor")]
mod editor_page;
#[cfg(feature = "editor")]
mod editor_reading;
#[cfg(feature = "editor")]
mod editor_table;
mod fuzz_corpus;
mod i18n;
mod properties;
mod ratios;
mod redraw;
mod regression;
mod scenarios;
mod support;
mod theme_css;
mod validation;
mod view_text;
