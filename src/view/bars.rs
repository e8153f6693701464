//! The bar chart's view: each commitment delivered against its pledge under a scenario.

use super::axis::share_axis;
use super::sentences::{illustrative_note, of_text};
use super::types::{BarRow, BarView, Legend};
use crate::format::{ratio_short, Formatter};
use crate::model::{Dataset, Qualifier};
use crate::ratio::Ratio;
use crate::scenario::{apply, Scenario};

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

pub(super) fn finish_bar_view(
    rows: Vec<BarRow>,
    dataset: &Dataset,
    formatter: &dyn Formatter,
) -> BarView {
    let lang = formatter.lang();
    let words = &lang.words().chart;
    let furthest = rows
        .iter()
        .map(|row| row.published_share + row.extra_share)
        .fold(1.0_f64, f64::max);
    let (axis_max, ticks) = share_axis(furthest, formatter);
    BarView {
        title: None,
        rows,
        axis_max,
        axis_caption: words.axis_caption.to_owned(),
        legend: Legend {
            delivered: words.delivered.to_owned(),
            scenario: words.scenario.to_owned(),
            pledge: words.pledge.to_owned(),
            at_most: words.at_most.to_owned(),
            at_least: words.at_least.to_owned(),
        },
        ticks,
        illustrative: illustrative_note(dataset, lang),
    }
}
