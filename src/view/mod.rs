//! View data: everything the charts and the page show, as plain numbers and finished text.
//!
//! Built from a dataset, a scenario and a [`Formatter`](crate::format::Formatter); the charts only place what is
//! here and the web shell only passes it on, so every figure a reader sees is computed
//! (and tested) in this one place.
//!
//! One file per part: types (what the charts and page receive), bars, contributors,
//! timeline, axis ticks, sliders, sentences (the pieces sentences are made of), page text
//! and CSV. Every reader-facing word comes from the catalogue, [`crate::i18n`].

mod axis;
mod bars;
mod contributors;
mod csv;
mod page_text;
mod sentences;
mod sliders;
mod timeline;
mod types;

pub use self::bars::bar_view;
pub use self::contributors::{contributor_view, contributors_chart, LARGEST_CONTRIBUTORS};
pub use self::csv::{csv, file_name};
pub use self::page_text::page_text;
pub use self::sliders::{slider_range, slider_value, sliders};
pub use self::timeline::{has_timeline, timeline_view};
pub use self::types::{
    BarRow, BarView, Legend, PageText, Slider, SliderKind, TableRow, TimelineEvent, TimelinePoint,
    TimelineSeries, TimelineView,
};
