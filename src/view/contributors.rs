//! The contributors chart's view: who pledged and delivered what for one commitment.

use super::bars::finish_bar_view;
use super::sentences::figure_text;
use super::types::{BarRow, BarView};
use crate::format::{ratio_short, Formatter};
use crate::i18n::fill;
use crate::model::{Dataset, Figure, Qualifier};
use crate::ratio::{contributor_ratios, Ratio};

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
    crate::sort::sort_by_key(&mut ratios, |ratio| -ratio.pledged.value);
    let others = if ratios.len() > largest {
        ratios.split_off(largest)
    } else {
        Vec::new()
    };
    crate::sort::sort_by_key(&mut ratios, |ratio| -ratio.gap);
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
                "{} · {}",
                fill(
                    lang.words().figures.of,
                    &[
                        (
                            "delivered",
                            &figure_text(formatter, delivered, &subject.unit)
                        ),
                        ("pledged", &figure_text(formatter, pledged, &subject.unit)),
                    ],
                ),
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
        let label = fill(
            lang.words().chart.others,
            &[("count", &others.len().to_string())],
        );
        rows.push(row(
            label,
            pledged,
            delivered,
            crate::ratio::ratio(delivered, pledged),
        ));
    }
    let words = lang.words();
    let reference = (
        words.references.legend.pledge,
        words.chart.contributor_caption.to_owned(),
    );
    let mut view = finish_bar_view(rows, dataset, formatter, reference);
    view.title = Some(fill(
        lang.words().chart.by_contributor,
        &[("label", subject.label.get(lang))],
    ));
    Some(view)
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
