//! The pieces sentences are made of: filling a template, changing a first letter's case,
//! figures as text ("68 M$ sur 600 M$"), and the headline and projection sentences the
//! page states for each commitment.

use crate::format::{
    amount, amount_in_steps, bounded_amount, percent, percent_in_steps, ratio_words, Formatter,
};
pub(super) use crate::i18n::{capitalised, fill, first_letter};
use crate::model::{
    Commitment, Dataset, Delivered, Figure, Lang, Qualifier, ReferenceKind, Text, Unit,
};
use crate::ratio::{delivered_amount, Ratio};
use crate::scenario::{measure, Measure, Outcome, Projection};

pub(super) fn text_or(text: &Text, lang: Lang, fallback: &str) -> String {
    // Not another language's sentence in this one's widget: the widget's own sentence
    // rather than a French one among Spanish words.
    match text.in_lang(lang) {
        Some(own) if !own.is_empty() => own.to_owned(),
        _ => fallback.to_owned(),
    }
}

/// An amount in the commitment's measure: its unit, or a share of the pledge.
pub(super) fn measured(formatter: &dyn Formatter, commitment: &Commitment, value: f64) -> String {
    match measure(commitment) {
        Measure::Unit => amount(formatter, value, &commitment.unit),
        Measure::ShareOfPledge => percent(formatter, value),
    }
}

/// Like [`measured`], saying "of the pledge" for shares.
pub(super) fn measured_long(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    value: f64,
) -> String {
    bounded_long(formatter, commitment, Figure::exact(value), 0.0)
}

/// Like [`measured_long`], an amount showing the decimals of a slider's `step`, so that
/// the value shown is the value set ("22,5 M€" on a slider moving by 0,5 M€).
pub(super) fn measured_in_steps(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    value: f64,
    step: f64,
) -> String {
    bounded_long(formatter, commitment, Figure::exact(value), step)
}

/// A figure in the commitment's measure as sentences say it ("plus de 180 M$"), rounded in
/// the safe direction when it is a bound.
pub(super) fn figure_words(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    figure: Figure,
) -> String {
    figure_words_rounded(formatter, commitment, figure, figure.qualifier)
}

/// Like [`figure_words`] for a figure that is needed: an exact one is rounded up, so that
/// the amount said is enough ("il faudrait 24 M$ par mois" when 23.4 M$ are needed, not
/// "23 M$", which would fall short).
pub(super) fn needed_words(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    figure: Figure,
) -> String {
    let rounding = match figure.qualifier {
        Qualifier::Exact => Qualifier::LessThan,
        other => other,
    };
    figure_words_rounded(formatter, commitment, figure, rounding)
}

/// A figure with its qualifier's words, its number rounded as `rounding` says.
fn figure_words_rounded(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    figure: Figure,
    rounding: Qualifier,
) -> String {
    let percent = measure(commitment) == Measure::ShareOfPledge;
    format!(
        "{}{}",
        crate::format::qualifier_words(formatter.lang(), figure.qualifier, percent),
        bounded_long(
            formatter,
            commitment,
            Figure {
                value: figure.value,
                qualifier: rounding
            },
            0.0,
        )
    )
}

/// A figure in the commitment's measure, shares saying "of the pledge", with the decimals
/// of a slider's `step` (0 for none).
fn bounded_long(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    figure: Figure,
    step: f64,
) -> String {
    let value = figure.value;
    match measure(commitment) {
        Measure::Unit => {
            amount_in_steps(formatter, value, &commitment.unit, figure.qualifier, step)
        }
        Measure::ShareOfPledge => {
            let words = formatter.lang().words();
            fill(
                words.figures.share_of_pledge,
                &[
                    (
                        "share",
                        &percent_in_steps(formatter, value, figure.qualifier, step),
                    ),
                    ("reference", words.references.of.get(commitment.reference)),
                ],
            )
        }
    }
}

pub(super) fn figure_text(formatter: &dyn Formatter, figure: Figure, unit: &Unit) -> String {
    format!(
        "{}{}",
        crate::format::qualifier_symbol(figure.qualifier),
        bounded_amount(formatter, figure.value, unit, figure.qualifier)
    )
}

/// Delivered "of" pledged as figures, e.g. "68 M$ sur 600 M$"; only the ratio when the
/// pledge has no published count.
pub(super) fn of_text(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    delivered: Delivered,
    pledged: Option<Figure>,
) -> Option<String> {
    let pledged = pledged?;
    let delivered = delivered_amount(delivered, Some(pledged))?;
    Some(fill(
        formatter.lang().words().figures.of,
        &[
            (
                "delivered",
                &figure_text(formatter, delivered, &commitment.unit),
            ),
            (
                "pledged",
                &figure_text(formatter, pledged, &commitment.unit),
            ),
        ],
    ))
}

/// The kind of reference every commitment shares, or `None` when they differ (legends and
/// headings then say "reference" rather than name one).
pub(super) fn common_reference(dataset: &Dataset) -> Option<ReferenceKind> {
    let first = dataset.commitments.first()?.reference;
    dataset
        .commitments
        .iter()
        .all(|c| c.reference == first)
        .then_some(first)
}

pub(super) fn illustrative_note(dataset: &Dataset, lang: Lang) -> Option<String> {
    dataset
        .illustrative
        .then(|| lang.words().chart.illustrative.to_owned())
}

/// Delivered and pledged as sentences say them ("moins de 40 %", "600 M$"); empty where
/// no figure was published.
pub(super) fn sentence_figures(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    delivered: Delivered,
    pledged: Option<Figure>,
) -> (String, String) {
    let delivered = delivered_amount(delivered, pledged)
        .map(|figure| {
            format!(
                "{}{}",
                crate::format::qualifier_words(formatter.lang(), figure.qualifier, false),
                bounded_amount(formatter, figure.value, &commitment.unit, figure.qualifier)
            )
        })
        .unwrap_or_default();
    let pledged = pledged
        .map(|p| figure_text(formatter, p, &commitment.unit))
        .unwrap_or_default();
    (delivered, pledged)
}

pub(super) fn headline(
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
    let words = &lang.words().sentences;
    let generic = if pledged.is_some() {
        words.headline
    } else {
        words.headline_share
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

pub(super) fn projection_sentence(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    outcome: &Outcome,
    pace: f64,
) -> Option<String> {
    let lang = formatter.lang();
    let words = &lang.words().sentences;
    let pace_text = fill(
        lang.words().figures.per_month,
        &[("amount", &measured_long(formatter, commitment, pace))],
    );
    let mut shortfall = String::new();
    let (template, date) = match outcome.projection {
        Projection::MetOn { date, qualifier } => match qualifier {
            Qualifier::MoreThan => (words.met_not_before, Some(date)),
            Qualifier::LessThan => (words.met_by, Some(date)),
            _ => (words.met_on, Some(date)),
        },
        Projection::NotBefore(end) => match shortfall_at_end(commitment, outcome) {
            // Say how far short the scenario falls when the projection ends.
            Some(figure) => {
                shortfall = figure_words(formatter, commitment, figure);
                (words.short_at, Some(end))
            }
            None => (words.met_not_before, Some(end)),
        },
        Projection::AlreadyMet => (words.already_met, None),
        Projection::NoPace | Projection::Unknown => return None,
    };
    let date = date.map(|date| formatter.date(date)).unwrap_or_default();
    Some(fill(
        template,
        &[
            ("label", commitment.label.get(lang)),
            ("pace", &pace_text),
            ("date", &date),
            ("shortfall", &shortfall),
        ],
    ))
}

/// What would still be missing when the projection ends, in the commitment's measure: an
/// amount, or a share of the pledge when no count of it was published.
pub(super) fn shortfall_at_end(commitment: &Commitment, outcome: &Outcome) -> Option<Figure> {
    let Some(Ratio::Share { value, qualifier }) = outcome.ratio_at_end else {
        return None;
    };
    if value >= 1.0 {
        return None;
    }
    let missing_share = 1.0 - value;
    let value = match measure(commitment) {
        Measure::Unit => missing_share * outcome.pledged?.value,
        Measure::ShareOfPledge => missing_share,
    };
    // Less delivered than a bound means more missing, and the other way round.
    Some(Figure {
        value,
        qualifier: crate::ratio::negated(qualifier),
    })
}
