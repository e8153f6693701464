//! What-if scenarios: slider values applied to a dataset give adjusted figures, ratios and
//! a projection of when each pledge would be met.
//!
//! Amounts a scenario adds are exact, so a bound plus an amount stays a bound, and the
//! zero scenario returns the dataset's own figures unchanged.

use crate::date::{Date, DAYS_PER_MONTH};
use crate::model::{Commitment, Dataset, Delivered, Figure, Qualifier};
use crate::ratio::{delivery_ratio, shortfall, sum_qualifier, Ratio};

/// How far ahead a projection looks when a commitment has no deadline, in days (10 years).
pub const HORIZON_DAYS: i32 = 3_653;

/// How a commitment's what-if amounts are measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// In the commitment's own unit (dollars, people).
    Unit,
    /// In fractions of the pledge, because the pledge has no published count.
    ShareOfPledge,
}

/// The measure of a commitment's what-if amounts.
pub fn measure(commitment: &Commitment) -> Measure {
    match (commitment.delivered, commitment.pledged) {
        (Delivered::ShareOfPledge(_), None) => Measure::ShareOfPledge,
        _ => Measure::Unit,
    }
}

/// One commitment's slider values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Adjustment {
    /// Id of the commitment.
    pub commitment: String,
    /// Delivered on top of the published figure, in the commitment's [`Measure`].
    pub extra_delivered: f64,
    /// Delivered each month from the as-of date, in the commitment's [`Measure`].
    pub monthly_pace: f64,
    /// A changed pledge in the commitment's unit, if the reader asks "what if they pledged…".
    pub pledged: Option<f64>,
}

/// All slider values; commitments not named are left as published.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scenario {
    /// One entry per adjusted commitment.
    pub adjustments: Vec<Adjustment>,
}

impl Scenario {
    /// The adjustment for a commitment, if the scenario has one.
    pub fn adjustment(&self, commitment: &str) -> Option<&Adjustment> {
        self.adjustments.iter().find(|a| a.commitment == commitment)
    }

    /// Sets the extra amount delivered for a commitment; a negative or non-finite value
    /// (a slider gone wrong) counts as zero.
    pub fn set_extra_delivered(&mut self, commitment: &str, value: f64) {
        self.adjust(commitment).extra_delivered = slider_value(value);
    }

    /// Sets the monthly pace for a commitment; a negative or non-finite value counts as zero.
    pub fn set_monthly_pace(&mut self, commitment: &str, value: f64) {
        self.adjust(commitment).monthly_pace = slider_value(value);
    }

    /// Sets one value, creating the commitment's adjustment if needed.
    pub fn adjust(&mut self, commitment: &str) -> &mut Adjustment {
        let position = match self
            .adjustments
            .iter()
            .position(|a| a.commitment == commitment)
        {
            Some(position) => position,
            None => {
                self.adjustments.push(Adjustment {
                    commitment: commitment.to_owned(),
                    ..Adjustment::default()
                });
                self.adjustments.len() - 1
            }
        };
        &mut self.adjustments[position]
    }
}

/// A slider value as the scenario keeps it: finite and at least zero.
fn slider_value(value: f64) -> f64 {
    if value.is_finite() {
        value.max(0.0)
    } else {
        0.0
    }
}

/// When a pledge would be met at the scenario's pace.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Projection {
    /// Already met, with the scenario's extra amount included.
    AlreadyMet,
    /// Met on this day; a bound on the delivered figure makes this "not before" or
    /// "by … at the latest".
    MetOn {
        /// The day the pledge would be met.
        date: Date,
        /// `LessThan` means "by this day at the latest", `MoreThan` "not before this day".
        qualifier: Qualifier,
    },
    /// Not met before the deadline (or, without one, within [`HORIZON_DAYS`]).
    NotBefore(Date),
    /// No pace was given.
    NoPace,
    /// The figures do not allow a projection.
    Unknown,
}

/// One commitment's figures under a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Index of the commitment in the dataset.
    pub commitment: usize,
    /// The pledge, changed by the scenario if it says so.
    pub pledged: Option<Figure>,
    /// The published delivery.
    pub delivered_published: Delivered,
    /// The delivery with the scenario's extra amount.
    pub delivered: Delivered,
    /// Published delivered ÷ pledge.
    pub published_ratio: Ratio,
    /// Delivered with the extra ÷ pledge.
    pub ratio: Ratio,
    /// What the scenario adds, as a fraction of the pledge (0 when nothing is added).
    pub extra_share: f64,
    /// Pledged − delivered under the scenario.
    pub shortfall: Option<Figure>,
    /// When the pledge would be met at the scenario's pace.
    pub projection: Projection,
    /// The last day the projection looks at: the deadline, or the horizon.
    pub projection_end: Date,
    /// The ratio reached at `projection_end` at the scenario's pace, if a pace is given.
    pub ratio_at_end: Option<Ratio>,
}

fn add(figure: Figure, amount: f64) -> Figure {
    Figure {
        value: figure.value + amount,
        qualifier: sum_qualifier(figure.qualifier, Qualifier::Exact).unwrap_or(figure.qualifier),
    }
}

fn with_extra(delivered: Delivered, amount: f64) -> Delivered {
    match delivered {
        Delivered::Amount(figure) => Delivered::Amount(add(figure, amount)),
        Delivered::ShareOfPledge(figure) => Delivered::ShareOfPledge(add(figure, amount)),
    }
}

/// Converts an amount in the commitment's measure into the units its delivery is stored in.
fn in_delivery_units(delivered: Delivered, pledged: Option<Figure>, amount: f64) -> Option<f64> {
    match (delivered, pledged) {
        (Delivered::Amount(_), _) => Some(amount),
        (Delivered::ShareOfPledge(_), None) => Some(amount),
        (Delivered::ShareOfPledge(_), Some(pledged)) if pledged.value > 0.0 => {
            Some(amount / pledged.value)
        }
        (Delivered::ShareOfPledge(_), Some(_)) => None,
    }
}

/// Applies a scenario to one commitment.
pub fn apply_to(dataset: &Dataset, commitment: usize, scenario: &Scenario) -> Option<Outcome> {
    let subject = dataset.commitments.get(commitment)?;
    let adjustment = scenario.adjustment(&subject.id);
    let extra = adjustment.map_or(0.0, |a| a.extra_delivered.max(0.0));
    let pace = adjustment.map_or(0.0, |a| a.monthly_pace.max(0.0));
    let pledged = match (subject.pledged, adjustment.and_then(|a| a.pledged)) {
        (Some(published), Some(changed)) if changed.is_finite() && changed >= 0.0 => Some(Figure {
            value: changed,
            qualifier: if changed == published.value {
                published.qualifier
            } else {
                Qualifier::Exact
            },
        }),
        (published, _) => published,
    };
    let published = subject.delivered;
    let extra_stored = in_delivery_units(published, pledged, extra)
        .filter(|v| v.is_finite())
        .unwrap_or(0.0);
    let delivered = if extra_stored > 0.0 {
        with_extra(published, extra_stored)
    } else {
        published
    };
    let ratio = delivery_ratio(delivered, pledged);
    let published_ratio = delivery_ratio(published, pledged);
    let extra_share = match (ratio, published_ratio) {
        (Ratio::Share { value: after, .. }, Ratio::Share { value: before, .. }) => {
            (after - before).max(0.0)
        }
        _ => 0.0,
    };
    let projection_end = subject
        .deadline
        .filter(|deadline| *deadline > dataset.as_of)
        .unwrap_or_else(|| dataset.as_of.add_days(HORIZON_DAYS));
    let (projection, ratio_at_end) =
        project(dataset.as_of, projection_end, delivered, pledged, pace);
    Some(Outcome {
        commitment,
        pledged,
        delivered_published: published,
        delivered,
        published_ratio,
        ratio,
        extra_share,
        shortfall: shortfall(delivered, pledged),
        projection,
        projection_end,
        ratio_at_end,
    })
}

/// Applies a scenario to every commitment, in dataset order.
pub fn apply(dataset: &Dataset, scenario: &Scenario) -> Vec<Outcome> {
    (0..dataset.commitments.len())
        .filter_map(|commitment| apply_to(dataset, commitment, scenario))
        .collect()
}

fn project(
    as_of: Date,
    end: Date,
    delivered: Delivered,
    pledged: Option<Figure>,
    pace: f64,
) -> (Projection, Option<Ratio>) {
    let Ratio::Share {
        value: now,
        qualifier,
    } = delivery_ratio(delivered, pledged)
    else {
        return (Projection::Unknown, None);
    };
    let pace_share = match (delivered, pledged) {
        (Delivered::ShareOfPledge(_), None) => pace,
        (_, Some(pledged)) if pledged.value > 0.0 => pace / pledged.value,
        _ => return (Projection::Unknown, None),
    };
    let months_to_end = f64::from(end.days_since(as_of)) / DAYS_PER_MONTH;
    let ratio_at_end = (pace_share > 0.0 && pace_share.is_finite()).then_some(Ratio::Share {
        value: now + pace_share * months_to_end,
        qualifier,
    });
    if now >= 1.0 && qualifier != Qualifier::LessThan {
        return (Projection::AlreadyMet, ratio_at_end);
    }
    if ratio_at_end.is_none() {
        return (Projection::NoPace, None);
    }
    let days = ((1.0 - now).max(0.0) / pace_share * DAYS_PER_MONTH).ceil();
    let projection = if days > f64::from(end.days_since(as_of)) {
        Projection::NotBefore(end)
    } else {
        // An upper bound on what was delivered means the pledge is met no earlier.
        let qualifier = match qualifier {
            Qualifier::LessThan => Qualifier::MoreThan,
            Qualifier::MoreThan => Qualifier::LessThan,
            other => other,
        };
        Projection::MetOn {
            date: as_of.add_days(days as i32),
            qualifier,
        }
    };
    (projection, ratio_at_end)
}
