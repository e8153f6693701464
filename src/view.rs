//! View data: everything the charts and the page show, as plain numbers and finished text.
//!
//! Built from a dataset, a scenario and a [`Formatter`]; the charts only place what is
//! here and the web shell only passes it on, so every figure a reader sees is computed
//! (and tested) in this one place.

use crate::date::Date;
use crate::format::{amount, percent, ratio_short, ratio_words, Formatter};
use crate::model::{Commitment, Dataset, Delivered, Figure, Lang, Qualifier, Text, Unit};
use crate::ratio::{
    contributor_ratios, delivered_amount, monthly_pace_needed, timeline, PaceNeeded, Ratio,
};
use crate::scenario::{apply, measure, Measure, Outcome, Projection, Scenario};
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
    /// The scenario's result, restated in sentences.
    pub result: String,
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

fn words(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (key, value) in pairs {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

/// The text with its first letter changed to upper or lower case, for Latin letters
/// (what French and English need). Other scripts are left as written; this avoids
/// shipping Unicode's case tables in the wasm, and never lowercases a whole label ("UN").
fn first_letter(text: &str, upper: bool) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let code = first as u32;
    // An acronym ("UN", "ONU") keeps its capitals.
    let acronym = text.chars().nth(1).is_some_and(|c| c.is_ascii_uppercase());
    let changed = match (upper, first) {
        (false, _) if acronym => None,
        (true, 'a'..='z' | 'à'..='þ') if first != '÷' => char::from_u32(code - 32),
        (false, 'A'..='Z' | 'À'..='Þ') if first != '×' => char::from_u32(code + 32),
        _ => None,
    };
    let mut out = String::with_capacity(text.len());
    out.push(changed.unwrap_or(first));
    out.extend(chars);
    out
}

fn capitalised(text: &str) -> String {
    first_letter(text, true)
}

fn text_or(text: &Text, lang: Lang, fallback: &str) -> String {
    let own = text.get(lang);
    if own.is_empty() {
        fallback.to_owned()
    } else {
        own.to_owned()
    }
}

/// An amount in the commitment's measure: its unit, or a share of the pledge.
fn measured(formatter: &dyn Formatter, commitment: &Commitment, value: f64) -> String {
    match measure(commitment) {
        Measure::Unit => amount(formatter, value, &commitment.unit),
        Measure::ShareOfPledge => percent(formatter, value),
    }
}

/// Like [`measured`], saying "of the pledge" for shares.
fn measured_long(formatter: &dyn Formatter, commitment: &Commitment, value: f64) -> String {
    match measure(commitment) {
        Measure::Unit => amount(formatter, value, &commitment.unit),
        Measure::ShareOfPledge => format!(
            "{}{}",
            percent(formatter, value),
            words(formatter.lang(), " de la promesse", " of the pledge")
        ),
    }
}

fn figure_text(formatter: &dyn Formatter, figure: Figure, unit: &Unit) -> String {
    format!(
        "{}{}",
        crate::format::qualifier_symbol(figure.qualifier),
        amount(formatter, figure.value, unit)
    )
}

/// Delivered "of" pledged as figures, e.g. "68 M$ sur 600 M$"; only the ratio when the
/// pledge has no published count.
fn of_text(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    delivered: Delivered,
    pledged: Option<Figure>,
) -> Option<String> {
    let pledged = pledged?;
    let delivered = delivered_amount(delivered, Some(pledged))?;
    Some(format!(
        "{} {} {}",
        figure_text(formatter, delivered, &commitment.unit),
        words(formatter.lang(), "sur", "of"),
        figure_text(formatter, pledged, &commitment.unit)
    ))
}

fn illustrative_note(dataset: &Dataset, lang: Lang) -> Option<String> {
    dataset.illustrative.then(|| {
        words(
            lang,
            "Données fictives, à titre d'illustration",
            "Illustrative figures, not real data",
        )
        .to_owned()
    })
}

/// The bar chart of every commitment under a scenario.
pub fn bar_view(dataset: &Dataset, scenario: &Scenario, formatter: &dyn Formatter) -> BarView {
    let lang = formatter.lang();
    let outcomes = apply(dataset, scenario);
    let rows: Vec<BarRow> = outcomes
        .iter()
        .map(|outcome| {
            let commitment = &dataset.commitments[outcome.commitment];
            let figures = of_text(formatter, commitment, outcome.delivered, outcome.pledged);
            let ratio = ratio_short(formatter, outcome.ratio);
            let value_text = match figures {
                Some(figures) => format!("{figures} · {ratio}"),
                None => ratio,
            };
            let (published_share, qualifier, undefined) = match outcome.published_ratio {
                Ratio::Share { value, qualifier } => (value, qualifier, None),
                other => (0.0, Qualifier::Exact, Some(ratio_short(formatter, other))),
            };
            BarRow {
                label: commitment.label.get(lang).to_owned(),
                basis: commitment.pledged_basis.get(lang).to_owned(),
                published_share,
                qualifier,
                extra_share: outcome.extra_share,
                undefined,
                value_text,
            }
        })
        .collect();
    finish_bar_view(rows, dataset, formatter)
}

fn finish_bar_view(rows: Vec<BarRow>, dataset: &Dataset, formatter: &dyn Formatter) -> BarView {
    let lang = formatter.lang();
    let furthest = rows
        .iter()
        .map(|row| row.published_share + row.extra_share)
        .fold(1.0_f64, f64::max);
    let (axis_max, ticks) = share_axis(furthest, formatter);
    BarView {
        title: None,
        rows,
        axis_max,
        axis_caption: words(
            lang,
            "100 % = ce qui a été promis",
            "100% = what was pledged",
        )
        .to_owned(),
        legend: Legend {
            delivered: words(lang, "Livré", "Delivered").to_owned(),
            scenario: words(lang, "Scénario", "Scenario").to_owned(),
            pledge: words(lang, "Promis (100\u{a0}%)", "Pledged (100%)").to_owned(),
            at_most: words(
                lang,
                "Hachuré : au plus (borne publiée)",
                "Hatched: at most (published bound)",
            )
            .to_owned(),
            at_least: words(lang, "Suite hachurée : au moins", "Hatched tail: at least").to_owned(),
        },
        ticks,
        illustrative: illustrative_note(dataset, lang),
    }
}

/// The contributors of one commitment: the `largest` largest by pledge, sorted by gap
/// (largest first), the rest summed as "others".
pub fn contributor_view(
    dataset: &Dataset,
    commitment: usize,
    largest: usize,
    formatter: &dyn Formatter,
) -> Option<BarView> {
    let lang = formatter.lang();
    let subject = dataset.commitments.get(commitment)?;
    let mut ratios = contributor_ratios(dataset, commitment);
    ratios.sort_by(|a, b| b.pledged.value.total_cmp(&a.pledged.value));
    let others = if ratios.len() > largest {
        ratios.split_off(largest)
    } else {
        Vec::new()
    };
    ratios.sort_by(|a, b| b.gap.total_cmp(&a.gap));
    let row = |label: String, pledged: Figure, delivered: Figure, ratio: Ratio| {
        let (published_share, qualifier, undefined) = match ratio {
            Ratio::Share { value, qualifier } => (value, qualifier, None),
            other => (0.0, Qualifier::Exact, Some(ratio_short(formatter, other))),
        };
        BarRow {
            label,
            basis: String::new(),
            published_share,
            qualifier,
            extra_share: 0.0,
            undefined,
            value_text: format!(
                "{} {} {} · {}",
                figure_text(formatter, delivered, &subject.unit),
                words(lang, "sur", "of"),
                figure_text(formatter, pledged, &subject.unit),
                ratio_short(formatter, ratio)
            ),
        }
    };
    let mut rows: Vec<BarRow> = ratios
        .iter()
        .map(|r| {
            row(
                dataset.contributors[r.contributor]
                    .name
                    .get(lang)
                    .to_owned(),
                r.pledged,
                r.delivered,
                r.ratio,
            )
        })
        .collect();
    if !others.is_empty() {
        let sum = |pick: fn(&crate::ratio::ContributorRatio) -> Figure| {
            others
                .iter()
                .map(pick)
                .fold(Figure::exact(0.0), |total, figure| Figure {
                    value: total.value + figure.value,
                    qualifier: crate::ratio::sum_qualifier(total.qualifier, figure.qualifier)
                        .unwrap_or(Qualifier::Approximate),
                })
        };
        let pledged = sum(|r| r.pledged);
        let delivered = sum(|r| r.delivered);
        let label = match lang {
            Lang::Fr => format!("{} autres", others.len()),
            Lang::En => format!("{} others", others.len()),
        };
        rows.push(row(
            label,
            pledged,
            delivered,
            crate::ratio::ratio(delivered, pledged),
        ));
    }
    let mut view = finish_bar_view(rows, dataset, formatter);
    view.title = Some(format!(
        "{}{}",
        words(lang, "Par contributeur : ", "By contributor: "),
        subject.label.get(lang)
    ));
    Some(view)
}

/// Steps an axis of shares may use: quarters of the pledge up to whole multiples.
const SHARE_STEPS: [f64; 12] = [
    0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 1000.0,
];

/// The end of a share axis that covers `furthest` (at least 100 %) and its labelled ticks:
/// quarters while they fit, larger round steps for large over-delivery, never more than
/// nine ticks whatever the figures.
fn share_axis(furthest: f64, formatter: &dyn Formatter) -> (f64, Vec<(f64, String)>) {
    let furthest = if furthest.is_finite() {
        furthest.max(1.0)
    } else {
        1.0
    };
    let step = SHARE_STEPS
        .into_iter()
        .find(|step| furthest / step <= 8.0)
        .unwrap_or_else(|| furthest / 8.0);
    let count = (furthest / step - 1e-9).ceil().max(1.0) as usize;
    let ticks = (0..=count)
        .map(|index| {
            let share = index as f64 * step;
            (share, percent(formatter, share))
        })
        .collect();
    (count as f64 * step, ticks)
}

/// The timeline of every commitment under a scenario.
pub fn timeline_view(
    dataset: &Dataset,
    scenario: &Scenario,
    formatter: &dyn Formatter,
) -> TimelineView {
    let lang = formatter.lang();
    let outcomes = apply(dataset, scenario);
    let mut series = Vec::new();
    let mut end = dataset.as_of;
    let mut y_max = 1.0_f64;
    for outcome in &outcomes {
        let commitment = &dataset.commitments[outcome.commitment];
        let points: Vec<TimelinePoint> = timeline(dataset, outcome.commitment)
            .into_iter()
            .filter_map(|(date, ratio)| match ratio {
                Ratio::Share { value, qualifier } => Some(TimelinePoint {
                    date,
                    share: value,
                    qualifier,
                }),
                _ => None,
            })
            .collect();
        let Some(last) = points.last().copied() else {
            continue;
        };
        if let Some(deadline) = commitment.deadline {
            end = end.max(deadline);
        }
        let projection = match (outcome.ratio, outcome.ratio_at_end) {
            (
                Ratio::Share {
                    value: from,
                    qualifier,
                },
                Some(Ratio::Share { value: to, .. }),
            ) => {
                end = end.max(outcome.projection_end);
                Some((
                    TimelinePoint {
                        date: dataset.as_of,
                        share: from,
                        qualifier,
                    },
                    TimelinePoint {
                        date: outcome.projection_end,
                        share: to,
                        qualifier,
                    },
                ))
            }
            (
                Ratio::Share {
                    value: from,
                    qualifier,
                },
                None,
            ) if outcome.extra_share > 0.0 => Some((
                TimelinePoint {
                    date: dataset.as_of,
                    share: from,
                    qualifier,
                },
                TimelinePoint {
                    date: dataset.as_of,
                    share: from,
                    qualifier,
                },
            )),
            _ => None,
        };
        for point in points
            .iter()
            .chain(projection.iter().flat_map(|(a, b)| [a, b]))
        {
            y_max = y_max.max(point.share);
        }
        series.push(TimelineSeries {
            label: commitment.label.get(lang).to_owned(),
            end_label: ratio_short(
                formatter,
                Ratio::Share {
                    value: last.share,
                    qualifier: last.qualifier,
                },
            ),
            end_words: ratio_words(
                formatter,
                Ratio::Share {
                    value: last.share,
                    qualifier: last.qualifier,
                },
            ),
            points,
            projection,
        });
    }
    let mut events: Vec<TimelineEvent> = dataset
        .events
        .iter()
        .map(|event| TimelineEvent {
            date: event.date,
            label: event.label.get(lang).to_owned(),
            approximate: event.approximate_date,
        })
        .collect();
    events.sort_by_key(|event| event.date);
    let first_observation = series
        .iter()
        .filter_map(|s| s.points.first())
        .map(|p| p.date)
        .min();
    let start = events
        .iter()
        .map(|e| e.date)
        .chain(first_observation)
        .min()
        .unwrap_or(dataset.as_of)
        .min(dataset.as_of);
    end = events.iter().map(|e| e.date).fold(end, Date::max);
    // Every point lies inside the axis, whatever the data says.
    end = series
        .iter()
        .flat_map(|s| s.points.iter())
        .map(|p| p.date)
        .fold(end, Date::max);
    if end.days_since(start) < 31 {
        end = start.add_days(31);
    }
    let mut month_ticks = Vec::new();
    let mut month = start.first_of_month();
    if month < start {
        month = month.add_months_to_first(1);
    }
    while month <= end {
        month_ticks.push((month, formatter.month(month)));
        month = month.add_months_to_first(1);
    }
    let (y_max, y_ticks) = share_axis(y_max, formatter);
    TimelineView {
        start,
        end,
        y_max,
        y_ticks,
        series,
        events,
        as_of: dataset.as_of,
        as_of_label: format!(
            "{} {}",
            words(lang, "au", "as of"),
            formatter.date(dataset.as_of)
        ),
        month_ticks,
        pledge_label: words(lang, "100 % = promesse", "100% = pledge").to_owned(),
        projection_label: words(lang, "Projection du scénario", "Scenario projection").to_owned(),
        approximate_label: words(lang, "date approximative", "approximate date").to_owned(),
        illustrative: illustrative_note(dataset, lang),
    }
}

/// Sliders for every commitment: an extra amount and a monthly pace each.
pub fn sliders(dataset: &Dataset, scenario: &Scenario, formatter: &dyn Formatter) -> Vec<Slider> {
    let lang = formatter.lang();
    let mut out = Vec::new();
    for commitment in &dataset.commitments {
        let whole = match (measure(commitment), commitment.pledged) {
            (Measure::ShareOfPledge, _) => 1.0,
            (Measure::Unit, Some(pledged)) if pledged.value > 0.0 => pledged.value,
            _ => continue,
        };
        let adjustment = scenario.adjustment(&commitment.id);
        let label = commitment.label.get(lang);
        let as_of = formatter.date(dataset.as_of);
        for (kind, max, value) in [
            (
                SliderKind::Extra,
                whole,
                adjustment.map_or(0.0, |a| a.extra_delivered),
            ),
            (
                SliderKind::Pace,
                whole / 4.0,
                adjustment.map_or(0.0, |a| a.monthly_pace),
            ),
        ] {
            let step = nice_step(max / 100.0);
            let shown = measured_long(formatter, commitment, value);
            let (label, value_text) = match (kind, lang) {
                (SliderKind::Extra, Lang::Fr) => {
                    (format!("{label} : livré en plus"), format!("+{shown}"))
                }
                (SliderKind::Extra, Lang::En) => {
                    (format!("{label}: delivered on top"), format!("+{shown}"))
                }
                (SliderKind::Pace, Lang::Fr) => (
                    format!("{label} : rythme mensuel après le {as_of}"),
                    format!("{shown} par mois"),
                ),
                (SliderKind::Pace, Lang::En) => (
                    format!("{label}: monthly pace after {as_of}"),
                    format!("{shown} per month"),
                ),
            };
            out.push(Slider {
                commitment: commitment.id.clone(),
                kind,
                label,
                max: (max / step).ceil() * step,
                step,
                value,
                value_text,
            });
        }
    }
    out
}

/// The largest of 1, 2 or 5 times a power of ten that is at most `raw`.
fn nice_step(raw: f64) -> f64 {
    if raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| *step <= raw)
        .unwrap_or(power)
}

/// Delivered and pledged as sentences say them ("moins de 40 %", "600 M$"); empty where
/// no figure was published.
fn sentence_figures(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    delivered: Delivered,
    pledged: Option<Figure>,
) -> (String, String) {
    let delivered = delivered_amount(delivered, pledged)
        .map(|figure| {
            format!(
                "{}{}",
                crate::format::qualifier_words(formatter.lang(), figure.qualifier),
                amount(formatter, figure.value, &commitment.unit)
            )
        })
        .unwrap_or_default();
    let pledged = pledged
        .map(|p| figure_text(formatter, p, &commitment.unit))
        .unwrap_or_default();
    (delivered, pledged)
}

fn headline(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    outcome: &Outcome,
    ratio: Ratio,
    delivered: Delivered,
) -> String {
    let lang = formatter.lang();
    let pledged = outcome.pledged;
    let (delivered_text, pledged_text) =
        sentence_figures(formatter, commitment, delivered, pledged);
    let generic = match (lang, pledged.is_some()) {
        (Lang::Fr, true) => "{label} : {ratio} ({delivered} sur {pledged}, {basis})",
        (Lang::En, true) => "{label}: {ratio} ({delivered} of {pledged}, {basis})",
        (Lang::Fr, false) => "{label} : {ratio} ({basis})",
        (Lang::En, false) => "{label}: {ratio} ({basis})",
    };
    let template = text_or(&commitment.headline, lang, generic);
    capitalised(&fill(
        &template,
        &[
            ("label", commitment.label.get(lang)),
            ("ratio", &ratio_words(formatter, ratio)),
            ("delivered", &delivered_text),
            ("pledged", &pledged_text),
            ("basis", commitment.pledged_basis.get(lang)),
        ],
    ))
}

fn projection_sentence(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    outcome: &Outcome,
    pace: f64,
) -> Option<String> {
    let lang = formatter.lang();
    let pace_text = format!(
        "{}{}",
        measured_long(formatter, commitment, pace),
        words(lang, " par mois", " per month")
    );
    let label = commitment.label.get(lang);
    let sentence = match (outcome.projection, lang) {
        (Projection::MetOn { date, qualifier }, Lang::Fr) => {
            let when = match qualifier {
                Qualifier::MoreThan => "pas avant le",
                Qualifier::LessThan => "au plus tard le",
                _ => "le",
            };
            format!(
                "{label} : au rythme de {pace_text}, la promesse serait tenue {when} {}.",
                formatter.date(date)
            )
        }
        (Projection::MetOn { date, qualifier }, Lang::En) => {
            let when = match qualifier {
                Qualifier::MoreThan => "not before",
                Qualifier::LessThan => "by",
                _ => "on",
            };
            format!(
                "{label}: at {pace_text}, the pledge would be met {when} {}.",
                formatter.date(date)
            )
        }
        (Projection::NotBefore(end), Lang::Fr) => {
            format!(
                "{label} : au rythme de {pace_text}, la promesse ne serait pas tenue avant le {}.",
                formatter.date(end)
            )
        }
        (Projection::NotBefore(end), Lang::En) => {
            format!(
                "{label}: at {pace_text}, the pledge would not be met before {}.",
                formatter.date(end)
            )
        }
        (Projection::AlreadyMet, Lang::Fr) => format!("{label} : la promesse serait déjà tenue."),
        (Projection::AlreadyMet, Lang::En) => format!("{label}: the pledge would already be met."),
        (Projection::NoPace | Projection::Unknown, _) => return None,
    };
    Some(sentence)
}

/// All the page's text for a dataset under a scenario.
pub fn page_text(dataset: &Dataset, scenario: &Scenario, formatter: &dyn Formatter) -> PageText {
    let lang = formatter.lang();
    let outcomes = apply(dataset, scenario);
    let mut headlines = Vec::new();
    let mut results = Vec::new();
    let mut pace_needed = Vec::new();
    let mut table = Vec::new();
    let mut bar_parts = Vec::new();
    for outcome in &outcomes {
        let commitment = &dataset.commitments[outcome.commitment];
        let label = commitment.label.get(lang);
        let adjustment = scenario.adjustment(&commitment.id);
        let extra = adjustment.map_or(0.0, |a| a.extra_delivered);
        let mut line = headline(
            formatter,
            commitment,
            outcome,
            outcome.published_ratio,
            outcome.delivered_published,
        );
        if extra > 0.0 {
            // The published figure stays first; the scenario is named as one.
            line.push_str(&format!(
                " ({} {})",
                ratio_words(formatter, outcome.ratio),
                words(lang, "avec le scénario", "with the scenario")
            ));
        }
        headlines.push(line);
        let pace = adjustment.map_or(0.0, |a| a.monthly_pace);
        if extra > 0.0 {
            let generic = words(
                lang,
                "Avec {extra} de plus, {label} atteindrait {delivered} sur {pledged}, soit {ratio}.",
                "With {extra} more, {label} would reach {delivered} of {pledged}, or {ratio}.",
            );
            let generic_share = words(
                lang,
                "Avec {extra} de plus, {label} atteindrait {ratio} de la promesse.",
                "With {extra} more, {label} would reach {ratio} of the pledge.",
            );
            let fallback = if outcome.pledged.is_some() {
                generic
            } else {
                generic_share
            };
            let template = text_or(&commitment.what_if, lang, fallback);
            let (delivered_text, pledged_text) =
                sentence_figures(formatter, commitment, outcome.delivered, outcome.pledged);
            results.push(capitalised(&fill(
                &template,
                &[
                    ("extra", &measured(formatter, commitment, extra)),
                    ("label", &first_letter(label, false)),
                    ("delivered", &delivered_text),
                    ("pledged", &pledged_text),
                    ("ratio", &ratio_words(formatter, outcome.ratio)),
                    ("basis", commitment.pledged_basis.get(lang)),
                ],
            )));
        }
        if pace > 0.0 {
            results.extend(projection_sentence(formatter, commitment, outcome, pace));
        }
        if let Some(deadline) = commitment.deadline {
            let needed = monthly_pace_needed(
                outcome.delivered_published,
                outcome.pledged,
                dataset.as_of,
                deadline,
            );
            let date = formatter.date(deadline);
            let sentence = match (needed, lang) {
                (PaceNeeded::PerMonth(figure), Lang::Fr) => Some(format!(
                    "{label} : pour tenir la promesse d'ici le {date}, il faudrait {}{} par mois.",
                    crate::format::qualifier_words(lang, figure.qualifier),
                    measured_long(formatter, commitment, figure.value)
                )),
                (PaceNeeded::PerMonth(figure), Lang::En) => Some(format!(
                    "{label}: meeting the pledge by {date} would take {}{} a month.",
                    crate::format::qualifier_words(lang, figure.qualifier),
                    measured_long(formatter, commitment, figure.value)
                )),
                (PaceNeeded::AlreadyMet, Lang::Fr) => {
                    Some(format!("{label} : la promesse est tenue."))
                }
                (PaceNeeded::AlreadyMet, Lang::En) => Some(format!("{label}: the pledge is met.")),
                _ => None,
            };
            pace_needed.extend(sentence);
        }
        let figures = of_text(
            formatter,
            commitment,
            outcome.delivered_published,
            outcome.pledged,
        );
        let published = ratio_words(formatter, outcome.published_ratio);
        bar_parts.push(match (&figures, extra > 0.0) {
            (Some(figures), false) => format!(
                "{label}, {published} ({figures}, {})",
                commitment.pledged_basis.get(lang)
            ),
            (None, false) => format!(
                "{label}, {published} ({})",
                commitment.pledged_basis.get(lang)
            ),
            (_, true) => format!(
                "{label}, {published} {} {}",
                words(
                    lang,
                    "livré, et avec le scénario",
                    "delivered, and with the scenario"
                ),
                ratio_words(formatter, outcome.ratio)
            ),
        });
        table.push(TableRow {
            label: label.to_owned(),
            pledged: match outcome.pledged {
                Some(p) => format!(
                    "{} ({})",
                    figure_text(formatter, p, &commitment.unit),
                    commitment.pledged_basis.get(lang)
                ),
                None => commitment.pledged_basis.get(lang).to_owned(),
            },
            delivered: delivered_amount(outcome.delivered_published, outcome.pledged)
                .map(|f| figure_text(formatter, f, &commitment.unit))
                .unwrap_or_else(|| published.clone()),
            ratio: ratio_short(formatter, outcome.published_ratio),
            scenario_ratio: ratio_short(formatter, outcome.ratio),
        });
    }
    if results.is_empty() {
        results.push(
            words(
                lang,
                "Faites glisser un curseur pour tester un scénario.",
                "Drag a slider to try a scenario.",
            )
            .to_owned(),
        );
    }
    let view = timeline_view(dataset, scenario, formatter);
    let mut timeline_parts: Vec<String> = view
        .series
        .iter()
        .map(|series| format!("{} {} {}", series.label, series.end_words, view.as_of_label))
        .collect();
    timeline_parts.extend(view.events.iter().map(|e| {
        let about = if e.approximate {
            words(lang, "vers le ", "around ")
        } else {
            ""
        };
        format!("{} ({about}{})", e.label, formatter.date(e.date))
    }));
    let sources: Vec<&str> = dataset.sources.iter().map(|s| s.name.as_str()).collect();
    let source_line = format!(
        "{} {} · {} {}",
        words(lang, "Source :", "Source:"),
        sources.join(" ; "),
        words(lang, "données au", "figures as of"),
        formatter.date(dataset.as_of)
    );
    let illustrative = illustrative_note(dataset, lang);
    // Accessible names of illustrative charts start by saying so.
    let prefix = illustrative
        .as_ref()
        .map(|note| format!("{note}. "))
        .unwrap_or_default();
    let bars_label = format!(
        "{}{} {}",
        prefix,
        words(
            lang,
            "Part livrée de chaque promesse :",
            "Share of each pledge delivered:"
        ),
        bar_parts.join(" ; ")
    );
    let timeline_label = format!(
        "{}{} {} – {}{}{}",
        prefix,
        words(lang, "Chronologie,", "Timeline,"),
        formatter.date(view.start),
        formatter.date(view.end),
        words(lang, " : ", ": "),
        timeline_parts.join(" ; ")
    );
    PageText {
        title: dataset.title.get(lang).to_owned(),
        subtitle: dataset.subtitle.get(lang).to_owned(),
        headlines,
        result: results.join(" "),
        pace_needed,
        source_line,
        notes: dataset
            .notes
            .iter()
            .map(|note| note.text.get(lang).to_owned())
            .collect(),
        bars_label,
        timeline_label,
        contributors_label: contributors_chart(dataset, formatter).map(|(commitment, view)| {
            let rows: Vec<String> = view
                .rows
                .iter()
                .map(|row| format!("{} — {}", row.label, row.value_text))
                .collect();
            format!(
                "{}{} {}{} {}",
                prefix,
                words(lang, "Contributeurs,", "Contributors,"),
                dataset.commitments[commitment].label.get(lang),
                words(lang, " :", ":"),
                rows.join(" ; ")
            )
        }),
        table,
        table_headings: match lang {
            Lang::Fr => [
                "Engagement",
                "Promis",
                "Livré",
                "Part livrée",
                "Avec le scénario",
            ],
            Lang::En => [
                "Commitment",
                "Pledged",
                "Delivered",
                "Share delivered",
                "With the scenario",
            ],
        }
        .map(str::to_owned)
        .to_vec(),
        illustrative,
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn csv_number(value: Option<f64>) -> String {
    match value {
        // Whole numbers as integers, shares to four decimals: what a spreadsheet wants.
        Some(value) if value == value.round() && value.abs() < 1e15 => format!("{value:.0}"),
        Some(value) => format!("{:.4}", value),
        None => String::new(),
    }
}

/// The figures as shown, scenario included, as CSV (UTF-8 with a byte-order mark so that
/// spreadsheets open accents correctly, a header row, one row per commitment). Numbers are
/// plain (dot decimals, no grouping); qualifiers have their own columns.
pub fn csv(dataset: &Dataset, scenario: &Scenario, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str("commitment,label,unit,pledged,pledged_qualifier,pledged_basis,delivered,delivered_share_of_pledge,delivered_qualifier,ratio,ratio_qualifier,scenario_extra,scenario_monthly_pace,scenario_delivered,scenario_ratio,as_of,deadline,source\r\n");
    for outcome in apply(dataset, scenario) {
        let commitment = &dataset.commitments[outcome.commitment];
        let adjustment = scenario.adjustment(&commitment.id);
        let (delivered, share) = match outcome.delivered_published {
            Delivered::Amount(figure) => (Some(figure.value), None),
            Delivered::ShareOfPledge(figure) => (None, Some(figure.value)),
        };
        let delivered_qualifier = match outcome.delivered_published {
            Delivered::Amount(f) | Delivered::ShareOfPledge(f) => f.qualifier,
        };
        let scenario_delivered = match outcome.delivered {
            Delivered::Amount(figure) => figure.value,
            Delivered::ShareOfPledge(figure) => figure.value,
        };
        let unit = match &commitment.unit {
            Unit::Money { currency } => currency.clone(),
            Unit::People => "people".to_owned(),
            Unit::Count { name } => name.get(lang).to_owned(),
        };
        let ratio_qualifier = |ratio: Ratio| match ratio {
            Ratio::Share { qualifier, .. } => qualifier.as_str(),
            Ratio::NothingPledged => "nothing_pledged",
            Ratio::Indeterminate => "indeterminate",
        };
        let fields = [
            csv_field(&commitment.id),
            csv_field(commitment.label.get(lang)),
            csv_field(&unit),
            csv_number(outcome.pledged.map(|p| p.value)),
            outcome
                .pledged
                .map(|p| p.qualifier.as_str())
                .unwrap_or("not_published")
                .to_owned(),
            csv_field(commitment.pledged_basis.get(lang)),
            csv_number(delivered),
            csv_number(share),
            delivered_qualifier.as_str().to_owned(),
            csv_number(outcome.published_ratio.value()),
            ratio_qualifier(outcome.published_ratio).to_owned(),
            csv_number(adjustment.map(|a| a.extra_delivered)),
            csv_number(adjustment.map(|a| a.monthly_pace)),
            csv_number(Some(scenario_delivered)),
            csv_number(outcome.ratio.value()),
            dataset.as_of.to_string(),
            commitment
                .deadline
                .map(|d| d.to_string())
                .unwrap_or_default(),
            csv_field(
                commitment
                    .source
                    .and_then(|s| dataset.sources.get(s))
                    .map_or("", |s| s.name.as_str()),
            ),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// How many contributors the contributors chart names before grouping the rest.
pub const LARGEST_CONTRIBUTORS: usize = 8;

/// The contributors chart of the first commitment that has contributors, if any.
pub fn contributors_chart(
    dataset: &Dataset,
    formatter: &dyn Formatter,
) -> Option<(usize, BarView)> {
    let commitment = (0..dataset.commitments.len()).find(|&c| {
        dataset
            .contributors
            .iter()
            .any(|k| k.shares.iter().any(|s| s.commitment == c))
    })?;
    contributor_view(dataset, commitment, LARGEST_CONTRIBUTORS, formatter)
        .map(|view| (commitment, view))
}

#[cfg(test)]
mod tests {
    use super::first_letter;

    #[test]
    fn only_the_first_latin_letter_changes_case() {
        assert_eq!(first_letter("financement", true), "Financement");
        assert_eq!(first_letter("état", true), "État");
        assert_eq!(first_letter("Funding", false), "funding");
        assert_eq!(first_letter("UN Fund", false), "UN Fund");
        assert_eq!(first_letter("التمويل", true), "التمويل");
        assert_eq!(first_letter("", true), "");
    }
}
