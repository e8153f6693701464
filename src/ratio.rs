//! Commitment ratios: delivered ÷ pledged per commitment, per contributor and over time,
//! the shortfall, the pace ratio and the monthly pace needed to close the gap.
//!
//! Every result is finite or explicitly undefined ([`Ratio::NothingPledged`],
//! [`Ratio::Indeterminate`]); qualifiers ("less than", "about") are carried, never dropped.

use crate::date::{Date, DAYS_PER_MONTH};
use crate::model::{Commitment, Dataset, Delivered, Figure, Qualifier};

/// Delivered ÷ pledged, or why there is no such number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ratio {
    /// A share of the pledge (0.11 for 11 %), possibly a bound or an estimate.
    Share {
        /// The fraction; above 1 when more was delivered than pledged.
        value: f64,
        /// How exact it is.
        qualifier: Qualifier,
    },
    /// The pledge is zero, so no share can be given.
    NothingPledged,
    /// Both figures are bounds in the same direction, so the ratio could be anything.
    Indeterminate,
}

impl Ratio {
    /// The fraction, when there is one.
    pub fn value(self) -> Option<f64> {
        match self {
            Ratio::Share { value, .. } => Some(value),
            _ => None,
        }
    }

    /// The qualifier, when there is a fraction.
    pub fn qualifier(self) -> Option<Qualifier> {
        match self {
            Ratio::Share { qualifier, .. } => Some(qualifier),
            _ => None,
        }
    }
}

/// The qualifier of a quotient whose numerator and denominator carry these qualifiers;
/// `None` when it cannot be bounded.
pub fn quotient_qualifier(numerator: Qualifier, denominator: Qualifier) -> Option<Qualifier> {
    use Qualifier::*;
    match (numerator, denominator) {
        (Exact, Exact) => Some(Exact),
        (Exact | Approximate, Exact | Approximate) => Some(Approximate),
        // A smaller numerator or a larger denominator both make the quotient smaller.
        (LessThan, Exact | Approximate | MoreThan) | (Exact | Approximate, MoreThan) => {
            Some(LessThan)
        }
        (MoreThan, Exact | Approximate | LessThan) | (Exact | Approximate, LessThan) => {
            Some(MoreThan)
        }
        (LessThan, LessThan) | (MoreThan, MoreThan) => None,
    }
}

/// The qualifier of a sum of figures with these qualifiers; `None` when bounds pull apart.
pub fn sum_qualifier(left: Qualifier, right: Qualifier) -> Option<Qualifier> {
    use Qualifier::*;
    match (left, right) {
        (Exact, other) | (other, Exact) => Some(other),
        (Approximate, Approximate) => Some(Approximate),
        (LessThan, LessThan | Approximate) | (Approximate, LessThan) => Some(LessThan),
        (MoreThan, MoreThan | Approximate) | (Approximate, MoreThan) => Some(MoreThan),
        (LessThan, MoreThan) | (MoreThan, LessThan) => None,
    }
}

/// The qualifier of a figure subtracted from another: "less than" becomes "more than".
pub fn negated(qualifier: Qualifier) -> Qualifier {
    match qualifier {
        Qualifier::LessThan => Qualifier::MoreThan,
        Qualifier::MoreThan => Qualifier::LessThan,
        other => other,
    }
}

/// Delivered ÷ pledged for two figures in the same unit.
pub fn ratio(delivered: Figure, pledged: Figure) -> Ratio {
    if pledged.value <= 0.0 {
        return Ratio::NothingPledged;
    }
    match quotient_qualifier(delivered.qualifier, pledged.qualifier) {
        Some(qualifier) => Ratio::Share {
            value: delivered.value / pledged.value,
            qualifier,
        },
        None => Ratio::Indeterminate,
    }
}

/// Delivered ÷ pledged where the delivery may be published only as a share of the pledge.
pub fn delivery_ratio(delivered: Delivered, pledged: Option<Figure>) -> Ratio {
    match (delivered, pledged) {
        (_, Some(pledged)) if pledged.value <= 0.0 => Ratio::NothingPledged,
        (Delivered::ShareOfPledge(share), _) => Ratio::Share {
            value: share.value,
            qualifier: share.qualifier,
        },
        (Delivered::Amount(amount), Some(pledged)) => ratio(amount, pledged),
        // Validation refuses an amount without a pledge; say nothing rather than guess.
        (Delivered::Amount(_), None) => Ratio::Indeterminate,
    }
}

/// Delivered ÷ pledged for one commitment.
pub fn commitment_ratio(commitment: &Commitment) -> Ratio {
    delivery_ratio(commitment.delivered, commitment.pledged)
}

/// The delivered count in the commitment's unit, when it is known or can be derived from a
/// share of a published pledge.
pub fn delivered_amount(delivered: Delivered, pledged: Option<Figure>) -> Option<Figure> {
    match (delivered, pledged) {
        (Delivered::Amount(amount), _) => Some(amount),
        (Delivered::ShareOfPledge(share), Some(pledged)) => Some(Figure {
            value: share.value * pledged.value,
            qualifier: quotient_qualifier(share.qualifier, negated(pledged.qualifier))?,
        }),
        (Delivered::ShareOfPledge(_), None) => None,
    }
}

/// What is still missing: pledged − delivered, never below zero (over-delivery has no
/// shortfall); `None` when it cannot be said.
pub fn shortfall(delivered: Delivered, pledged: Option<Figure>) -> Option<Figure> {
    let pledged = pledged?;
    let delivered = delivered_amount(delivered, Some(pledged))?;
    let qualifier = sum_qualifier(pledged.qualifier, negated(delivered.qualifier))?;
    Some(Figure {
        value: (pledged.value - delivered.value).max(0.0),
        qualifier,
    })
}

/// One contributor's figures for one commitment.
#[derive(Clone, Debug, PartialEq)]
pub struct ContributorRatio {
    /// Index of the contributor in the dataset.
    pub contributor: usize,
    /// What it pledged.
    pub pledged: Figure,
    /// What it delivered.
    pub delivered: Figure,
    /// Delivered ÷ pledged.
    pub ratio: Ratio,
    /// Pledged − delivered, at least 0, in the commitment's unit.
    pub gap: f64,
}

/// Each contributor's ratio for one commitment, in dataset order.
pub fn contributor_ratios(dataset: &Dataset, commitment: usize) -> Vec<ContributorRatio> {
    dataset
        .contributors
        .iter()
        .enumerate()
        .flat_map(|(position, contributor)| {
            contributor
                .shares
                .iter()
                .filter(move |share| share.commitment == commitment)
                .map(move |share| ContributorRatio {
                    contributor: position,
                    pledged: share.pledged,
                    delivered: share.delivered,
                    ratio: ratio(share.delivered, share.pledged),
                    gap: (share.pledged.value - share.delivered.value).max(0.0),
                })
        })
        .collect()
}

/// The cumulative ratio of one commitment on each observed day, in date order. The
/// commitment's own figure at the dataset's as-of date closes the series when no
/// observation is dated then or later.
pub fn timeline(dataset: &Dataset, commitment: usize) -> Vec<(Date, Ratio)> {
    let Some(subject) = dataset.commitments.get(commitment) else {
        return Vec::new();
    };
    let mut points: Vec<(Date, Ratio)> = dataset
        .observations
        .iter()
        .filter(|observation| observation.commitment == commitment)
        .map(|observation| {
            (
                observation.date,
                delivery_ratio(observation.delivered, subject.pledged),
            )
        })
        .collect();
    if points.last().is_none_or(|(date, _)| *date < dataset.as_of) {
        points.push((dataset.as_of, commitment_ratio(subject)));
    }
    points
}

/// Share delivered ÷ share of the period elapsed on the as-of date: 1 means on schedule,
/// below 1 behind. `None` when the dataset gives no period or none of it has elapsed.
pub fn pace_ratio(dataset: &Dataset, commitment: usize) -> Option<Ratio> {
    let period = dataset.period.as_ref()?;
    let subject = dataset.commitments.get(commitment)?;
    let length = f64::from(period.end.days_since(period.start));
    let elapsed = (f64::from(dataset.as_of.days_since(period.start)) / length).clamp(0.0, 1.0);
    if elapsed <= 0.0 {
        return None;
    }
    match commitment_ratio(subject) {
        Ratio::Share { value, qualifier } => Some(Ratio::Share {
            value: value / elapsed,
            qualifier,
        }),
        other => Some(other),
    }
}

/// The pace it would take to close the gap by a deadline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PaceNeeded {
    /// Nothing is missing.
    AlreadyMet,
    /// The deadline is on or before the as-of date.
    DeadlinePassed,
    /// This much per month, in the commitment's unit, or in fractions of the pledge when
    /// the pledge has no published count.
    PerMonth(Figure),
    /// The figures do not say (a bound on both sides, or no pledge).
    Unknown,
}

/// The monthly pace needed from `as_of` to meet the pledge by `deadline`.
pub fn monthly_pace_needed(
    delivered: Delivered,
    pledged: Option<Figure>,
    as_of: Date,
    deadline: Date,
) -> PaceNeeded {
    let gap = match pledged {
        Some(_) => shortfall(delivered, pledged),
        None => match delivered {
            Delivered::ShareOfPledge(share) => Some(Figure {
                value: (1.0 - share.value).max(0.0),
                qualifier: negated(share.qualifier),
            }),
            Delivered::Amount(_) => None,
        },
    };
    let Some(gap) = gap else {
        return PaceNeeded::Unknown;
    };
    if gap.value <= 0.0 {
        // "More than nothing is missing" says nothing: an upper bound delivered may or may
        // not meet the pledge.
        return if gap.qualifier == Qualifier::MoreThan {
            PaceNeeded::Unknown
        } else {
            PaceNeeded::AlreadyMet
        };
    }
    let days = deadline.days_since(as_of);
    if days <= 0 {
        return PaceNeeded::DeadlinePassed;
    }
    PaceNeeded::PerMonth(Figure {
        value: gap.value / (f64::from(days) / DAYS_PER_MONTH),
        qualifier: gap.qualifier,
    })
}
