//! The view types: what the charts and the page receive, as plain numbers and finished
//! text.

use crate::date::Date;
use crate::model::Qualifier;
use serde::Serialize;

/// One bar: a commitment (or contributor) delivered against its pledge.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    /// What is promised, or who promised it.
    pub label: String,
    /// What 100 % stands for ("coût estimé de la première année").
    pub basis: String,
    /// Published delivery as a fraction of the pledge; for a bound, the bound.
    pub published_share: f64,
    /// How exact `published_share` is.
    pub qualifier: Qualifier,
    /// What the scenario adds, as a fraction of the pledge.
    pub extra_share: f64,
    /// Why there is no bar ("rien de promis"), when there is none.
    pub undefined: Option<String>,
    /// The figures, e.g. "68 M$ sur 600 M$ · 11 %".
    pub value_text: String,
}

/// The bar chart's content.
#[derive(Clone, Debug, PartialEq)]
pub struct BarView {
    /// A heading drawn above the bars, when the chart needs one ("Par contributeur : …").
    pub title: Option<String>,
    /// The rows, top to bottom.
    pub rows: Vec<BarRow>,
    /// The right end of the axis as a fraction of the pledge (at least 1).
    pub axis_max: f64,
    /// What the axis divides by, e.g. "100 % = ce qui a été promis".
    pub axis_caption: String,
    /// Legend entries: published delivery, scenario addition, bound.
    pub legend: Legend,
    /// A label for every quarter of the pledge from 0 to `axis_max`, thinned by the chart.
    pub ticks: Vec<(f64, String)>,
    /// "Données fictives" on illustrative datasets, drawn on the chart itself.
    pub illustrative: Option<String>,
}

/// The words of the chart legends.
#[derive(Clone, Debug, PartialEq)]
pub struct Legend {
    /// For what was delivered.
    pub delivered: String,
    /// For what the scenario adds.
    pub scenario: String,
    /// For the pledge line.
    pub pledge: String,
    /// For hatched bars ending in a dashed line: the published figure is an upper bound.
    pub at_most: String,
    /// For solid bars with a hatched tail: the published figure is a lower bound.
    pub at_least: String,
    /// For solid bars with a finely hatched end: the published figure is approximate.
    pub approximate: String,
}

/// One point of a timeline series.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimelinePoint {
    /// The day.
    pub date: Date,
    /// Cumulative delivery as a fraction of the pledge.
    pub share: f64,
    /// How exact it is.
    pub qualifier: Qualifier,
}

/// One commitment over time.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineSeries {
    /// The commitment's label.
    pub label: String,
    /// Observed points in date order.
    pub points: Vec<TimelinePoint>,
    /// The scenario's projection: from (as-of, share with extra) to (end, share at end).
    pub projection: Option<(TimelinePoint, TimelinePoint)>,
    /// Where the projection ends, e.g. "45 % le 2 octobre 2025", when it runs over time.
    pub projection_label: Option<String>,
    /// The last observed figure, e.g. "11 %" or "< 40 %".
    pub end_label: String,
    /// The same in words, e.g. "moins de 40 %", for accessible names.
    pub end_words: String,
}

/// A dated event marker.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEvent {
    /// The day.
    pub date: Date,
    /// Short label.
    pub label: String,
    /// Whether only about the date is known (drawn as a hollow marker).
    pub approximate: bool,
}

/// The timeline chart's content.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineView {
    /// First day shown.
    pub start: Date,
    /// Last day shown.
    pub end: Date,
    /// Top of the axis as a fraction of the pledge (at least 1).
    pub y_max: f64,
    /// One series per commitment with a ratio.
    pub series: Vec<TimelineSeries>,
    /// Dated events, in date order.
    pub events: Vec<TimelineEvent>,
    /// The day the figures describe.
    pub as_of: Date,
    /// "au 26 juin 2025".
    pub as_of_label: String,
    /// A label for every quarter of the pledge from 0 to `y_max`, thinned by the chart.
    pub y_ticks: Vec<(f64, String)>,
    /// A label for every month start in range, for ticks the chart thins out by width.
    pub month_ticks: Vec<(Date, String)>,
    /// Text for the pledge line ("100 % = promesse").
    pub pledge_label: String,
    /// "Projection du scénario".
    pub projection_label: String,
    /// "Événement" legend for the event markers with an approximate date: "date approximative".
    pub approximate_label: String,
    /// "Données fictives" on illustrative datasets.
    pub illustrative: Option<String>,
}

/// What a slider changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SliderKind {
    /// Extra amount delivered now.
    Extra,
    /// Amount delivered each month from the as-of date.
    Pace,
}

/// A slider the page shows, with its range and current value.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub struct Slider {
    /// Id of the commitment.
    pub commitment: String,
    /// Which value.
    pub kind: SliderKind,
    /// Visible label.
    pub label: String,
    /// Largest value, in the commitment's measure (smallest is 0).
    pub max: f64,
    /// Step, in the commitment's measure.
    pub step: f64,
    /// Current value.
    pub value: f64,
    /// Current value for readers ("+200 M$").
    pub value_text: String,
    /// Current value as a screen reader should say it ("plus 200 millions de dollars"),
    /// for `aria-valuetext`.
    pub value_spoken: String,
}

/// One row of the accessible figures table.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub struct TableRow {
    /// Commitment.
    pub label: String,
    /// Pledged figure and what it is.
    pub pledged: String,
    /// Delivered figure.
    pub delivered: String,
    /// Published ratio.
    pub ratio: String,
    /// Ratio under the scenario.
    pub scenario_ratio: String,
}

/// All the text of the page around the charts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub struct PageText {
    /// Title.
    pub title: String,
    /// Subtitle.
    pub subtitle: String,
    /// One headline per commitment ("11 % du financement reçu : 68 M$ sur 600 M$").
    pub headlines: Vec<String>,
    /// The scenario's result, one sentence per change (empty without a scenario).
    pub results: Vec<String>,
    /// What to do to see a scenario ("Drag a slider…"), when there is none; for the
    /// page only, never for an exported image.
    pub hint: Option<String>,
    /// The pace needed to meet each pledge by its deadline.
    pub pace_needed: Vec<String>,
    /// "Source : … · données au 26 juin 2025".
    pub source_line: String,
    /// Context from the dataset's notes.
    pub notes: Vec<String>,
    /// The bar chart's accessible name, stating its figures.
    pub bars_label: String,
    /// The timeline's accessible name, stating its figures.
    pub timeline_label: String,
    /// The contributors chart's accessible name, when the dataset has contributors.
    pub contributors_label: Option<String>,
    /// The same figures as a table.
    pub table: Vec<TableRow>,
    /// Column headings of the table.
    pub table_headings: Vec<String>,
    /// "Données fictives" when the dataset is illustrative.
    pub illustrative: Option<String>,
}
