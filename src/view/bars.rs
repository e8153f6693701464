//! The bar chart's view: each commitment delivered against its pledge under a scenario.

use super::axis::share_axis;
use super::sentences::{common_reference, figure_text, illustrative_note, of_text};
use super::types::{BarRow, BarView, Legend};
use crate::format::{ratio_short, Formatter};
use crate::i18n::fill;
use crate::model::{Dataset, Delivered, Qualifier};
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
            // Without amounts, the ratio is the figure: said once, not "< 110 % · < 110 %".
            let ratio_is_figure = figures.is_none();
            let figures = if outcome.extra_share > 0.0 {
                // The published figure stays in sight; the scenario is named beside it.
                let published = match outcome.delivered_published {
                    Delivered::Amount(figure) => figure_text(formatter, figure, &commitment.unit),
                    Delivered::ShareOfPledge(_) => ratio_short(formatter, outcome.published_ratio),
                };
                let scenario = figures.clone().unwrap_or_else(|| ratio.clone());
                Some(fill(
                    lang.words().sentences.bar_scenario,
                    &[("published", &published), ("scenario", &scenario)],
                ))
            } else {
                figures
            };
            let value_text = match figures {
                Some(figures) if ratio_is_figure => figures,
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
    let bases: Vec<&str> = rows.iter().map(|row| row.basis.as_str()).collect();
    let words = &lang.words().references;
    let legend =
        common_reference(dataset).map_or(words.legend_mixed, |kind| words.legend.get(kind));
    let caption = match bases.first() {
        Some(basis) if bases.iter().all(|other| other == basis) => {
            fill(words.axis_caption, &[("basis", basis)])
        }
        _ => words.axis_caption_mixed.to_owned(),
    };
    finish_bar_view(rows, dataset, formatter, (legend, caption))
}

/// The view around its rows; `reference` is the legend's name for the 100 % line and
/// the axis caption saying what 100 % is.
pub(super) fn finish_bar_view(
    rows: Vec<BarRow>,
    dataset: &Dataset,
    formatter: &dyn Formatter,
    reference: (&str, String),
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
        axis_caption: reference.1,
        legend: Legend {
            delivered: words.delivered.to_owned(),
            scenario: words.scenario.to_owned(),
            pledge: reference.0.to_owned(),
            at_most: words.at_most.to_owned(),
            at_least: words.at_least.to_owned(),
            approximate: words.approximate.to_owned(),
        },
        ticks,
        illustrative: illustrative_note(dataset, lang),
    }
}
