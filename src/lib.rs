//! pledgeviz: how much of what was promised was actually delivered.
//!
//! pledgeviz reads a pledge tracker's figures (what was pledged, what was delivered, by
//! whom and when), computes commitment ratios (delivered ÷ pledged per commitment, per
//! contributor and over time) and what-if scenarios, and draws bar and timeline charts
//! that a reader grasps in seconds. Compiled to WebAssembly, it draws onto an HTML canvas
//! in a static page (`www/`); natively, the same charts draw to SVG for tests.
//!
//! # Code map
//!
//! The pure core: no wasm, no DOM, no clock, no I/O.
//! - [`date`]: calendar dates and month arithmetic, without a clock.
//! - [`model`]: the validated dataset (commitments, contributors, observations, events,
//!   sources) and figure qualifiers (exact, about, less than, more than).
//! - [`i18n`]: the catalogue of every word a reader or journalist sees, one file per
//!   language (French, English, Spanish), and the `lang` fallback; the editor's words
//!   only with the `editor` feature.
//! - [`validate`]: JSON text to a [`model::Dataset`], or every problem with its JSON path
//!   as a kind with parameters ([`validate::ProblemKind`]), said in any language.
//! - [`ratio`]: ratios, shortfall, pace ratio and the monthly pace needed.
//! - [`scenario`]: what-if slider values applied to a dataset, with projections.
//! - [`mod@format`]: figures into words ("68 M$", "moins de 40 %") through a
//!   [`format::Formatter`] the caller passes in.
//! - [`view`]: everything the page and charts show, as plain numbers and finished text;
//!   one file per part (bars, contributors, timeline, sliders, sentences, page text, CSV).
//! - [`sample`]: generated illustrative datasets for tests and benchmarks.
//! - [`sort`]: the one sort the crate uses (one copy of std's sort in the wasm).
//! - `editor` (feature `editor`, off in the embed): a journalist's spreadsheet, CSV file
//!   or dataset into a dataset that passes validation; figures and dates read as people
//!   type them, column guesses, the draft changed at JSON pointers (`draft::edit`),
//!   problems located by row and column and said from the catalogue (`say`), build
//!   reports with anchors for the page (`page`), and datasets written back to JSON.
//!
//! Drawing:
//! - [`chart`]: view data laid out into a [`chart::Scene`] in CSS pixels with
//!   deterministic text metrics, and drawn onto any plotters `DrawingBackend`, whole or
//!   (after a slider's move) only the region that changed ([`chart::redraw`]).
//!
//! The shell (wasm32 only), one module per wasm entry point; they alone name
//! `wasm_bindgen`, `web_sys` or `js_sys`:
//! - `web`: a `Widget` handle the page's script drives (the embed, `www/pkg/`).
//! - `web_editor` (feature `editor`, the editor's build in `www/pkg-editor/`): an `Editor`
//!   handle holding the journalist's draft, and the editor's words.
//!
//! Outside `src/`: `www/widget.js` owns the widget's DOM, events, device pixel ratio and
//! animation frames (`app.js` mounts it on the demo page and `embed-page.js` on the embed
//! page, which `embed.js` puts in an iframe in host articles; `inline-data.js` unpacks a
//! dataset carried in the address); `www/editor.js` with `editor-form.js` and `editor-publish.js` owns the
//! editor page, its storage and previews; `tools/` builds, serves and tests; `tests/`
//! holds the native, wasm and browser tests.
//!
//! # Invariants
//!
//! - The core never touches wasm, the DOM, the clock or I/O; it is tested natively.
//! - A figure's qualifier travels through every computation: a bound stays a bound
//!   ("< 40 %" plus 20 points is "< 60 %"), and no count is derived where none was
//!   published.
//! - Undefined is a value, never NaN or a panic: [`ratio::Ratio::NothingPledged`],
//!   [`ratio::Ratio::Indeterminate`]. Validation returns every problem; nothing panics on
//!   any input.
//! - Every word a reader sees comes from [`i18n`]; `www/` scripts ask the wasm module for
//!   theirs and hold no text of their own.
//! - Every ratio shown says what it divides by (`pledged_basis`), and every dataset names
//!   its sources; an illustrative one says so on the chart itself.
//! - Charts never see a concrete backend: draw functions take a `DrawingArea` and a pixel
//!   ratio, and only the shell creates the canvas backend.
//! - Charts never ask plotters to measure text (in the browser that inserts spans into the
//!   host page's body); layout uses its own metrics, so it is pure and its "no overlap,
//!   nothing outside" contract is tested natively.
//! - The shell does no arithmetic; the page's script does no figure computation.
//! - A chart drawn again only in part shows what a whole drawing shows: the core decides
//!   the region ([`chart::redraw`]: every shape that changed, and in whole every curve or
//!   slanted line it touches), the shell only clips, clears and draws the new scene's
//!   shapes there (checked pixel by pixel in Chromium, `tests/web.rs`).
//! - Text is never drawn on a background of the other lightness: an embed leaves its
//!   background transparent only over a host background its theme reads well on
//!   ([`chart::Theme::transparent_over`]), else it paints its own. Chart text follows the
//!   reader's text size ([`chart::Theme::text_scale`]), and what 100 % stands for wraps,
//!   never cut.
//!
//! # Non-features
//!
//! No animations, no tooltips that hide figures, no tracking, no cookies, no storage in
//! the widget (the editor page keeps the journalist's draft in its own local storage), no
//! request to any host but the widget's own files and its data.

pub mod chart;
pub mod date;
#[cfg(feature = "editor")]
pub mod editor;
pub mod format;
pub mod i18n;
pub mod model;
pub mod ratio;
pub mod sample;
pub mod scenario;
pub mod sort;
pub mod validate;
pub mod view;
#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
pub mod web_editor;
