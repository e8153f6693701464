//! The timeline's view: each commitment's delivery over time, its projection under the
//! scenario, and dated events.

use super::axis::share_axis;
use super::sentences::{common_reference, illustrative_note};
use super::types::{TimelineEvent, TimelinePoint, TimelineSeries, TimelineView};
use crate::date::Date;
use crate::format::{ratio_short, ratio_words, Formatter};
use crate::i18n::fill;
use crate::model::Dataset;
use crate::ratio::{timeline, Ratio};
use crate::scenario::{apply, Outcome, Projection, Scenario};

/// Whether the timeline has anything to show over time: a commitment's figure dated before
/// the as-of date (its series then has two dates), an event, a deadline after the as-of
/// date, or a monthly pace in the scenario (its projection). Without any, it would be one
/// dot at one date, and is not shown; a reader who sets a pace sees it appear.
pub fn has_timeline(dataset: &Dataset, scenario: &Scenario) -> bool {
    // No figure is dated after the as-of date (validation says so), and the as-of date
    // closes every series: one dated before it makes two dates.
    !dataset.events.is_empty()
        || (dataset.observations.iter()).any(|o| o.date < dataset.as_of)
        || (dataset.commitments.iter()).any(|c| {
            c.deadline.is_some_and(|end| end > dataset.as_of)
                || scenario
                    .adjustment(&c.id)
                    .is_some_and(|a| a.monthly_pace > 0.0)
        })
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
        let points = observed_points(dataset, outcome.commitment);
        let Some(last) = points.last().copied() else {
            continue;
        };
        if let Some(deadline) = commitment.deadline {
            end = end.max(deadline);
        }
        let projection = projection(dataset, outcome);
        if let Some((_, to)) = projection {
            end = end.max(to.date);
        }
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
            projection_label: projection
                .filter(|(from, to)| to.date > from.date)
                .map(|(_, to)| {
                    let value = ratio_short(
                        formatter,
                        Ratio::Share {
                            value: to.share,
                            qualifier: to.qualifier,
                        },
                    );
                    fill(
                        lang.words().chart.projection_end,
                        &[("value", &value), ("date", &formatter.date(to.date))],
                    )
                }),
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
    crate::sort::sort_by_key(&mut events, |event| event.date.unix_millis());
    let (start, end) = span(&series, &events, dataset.as_of, end);
    let (y_max, y_ticks) = share_axis(y_max, formatter);
    let words = &lang.words().chart;
    TimelineView {
        start,
        end,
        y_max,
        y_ticks,
        series,
        events,
        as_of: dataset.as_of,
        as_of_label: fill(words.as_of, &[("date", &formatter.date(dataset.as_of))]),
        month_ticks: month_ticks(start, end, formatter),
        pledge_label: pledge_label(dataset, lang),
        projection_label: words.projection.to_owned(),
        approximate_label: words.approximate_date.to_owned(),
        illustrative: illustrative_note(dataset, lang),
    }
}

/// The 100 % line's name: the commitments' kind of reference, or "reference" when they
/// differ.
fn pledge_label(dataset: &Dataset, lang: crate::i18n::Lang) -> String {
    let words = &lang.words().references;
    common_reference(dataset)
        .map_or(words.legend_mixed, |kind| words.legend.get(kind))
        .to_owned()
}

/// A commitment's observed shares of its pledge, in date order; undefined ratios left out.
fn observed_points(dataset: &Dataset, commitment: usize) -> Vec<TimelinePoint> {
    timeline(dataset, commitment)
        .into_iter()
        .filter_map(|(date, ratio)| match ratio {
            Ratio::Share { value, qualifier } => Some(TimelinePoint {
                date,
                share: value,
                qualifier,
            }),
            _ => None,
        })
        .collect()
}

/// The scenario's projection from the as-of date: to the deadline under a monthly pace;
/// without a deadline, to the day the pledge would be met (at 100 %, that day's
/// definition), not ten years on, and no further than the as-of date when it is met
/// already; a single point when only an extra amount is added.
fn projection(dataset: &Dataset, outcome: &Outcome) -> Option<(TimelinePoint, TimelinePoint)> {
    let deadline = dataset.commitments[outcome.commitment]
        .deadline
        .filter(|deadline| *deadline > dataset.as_of);
    match (outcome.ratio, outcome.ratio_at_end) {
        (
            Ratio::Share {
                value: from,
                qualifier,
            },
            Some(Ratio::Share { value: to, .. }),
        ) => {
            let (date, share) = match outcome.projection {
                Projection::MetOn { date, .. } if deadline.is_none() => (date, 1.0),
                Projection::AlreadyMet if deadline.is_none() => (dataset.as_of, from),
                _ => (outcome.projection_end, to),
            };
            Some((
                TimelinePoint {
                    date: dataset.as_of,
                    share: from,
                    qualifier,
                },
                TimelinePoint {
                    date,
                    share,
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
    }
}

/// The first and last days shown: every observation, event and projection inside, and at
/// least a month.
fn span(
    series: &[TimelineSeries],
    events: &[TimelineEvent],
    as_of: Date,
    end: Date,
) -> (Date, Date) {
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
        .unwrap_or(as_of)
        .min(as_of);
    let mut end = events.iter().map(|e| e.date).fold(end, Date::max);
    // Every point lies inside the axis, whatever the data says.
    end = series
        .iter()
        .flat_map(|s| s.points.iter())
        .map(|p| p.date)
        .fold(end, Date::max);
    if end.days_since(start) < 31 {
        end = start.add_days(31);
    }
    (start, end)
}

/// A label for every month start from `start` to `end`.
fn month_ticks(start: Date, end: Date, formatter: &dyn Formatter) -> Vec<(Date, String)> {
    let mut month_ticks = Vec::new();
    let mut month = start.first_of_month();
    if month < start {
        month = month.add_months_to_first(1);
    }
    while month <= end {
        month_ticks.push((month, formatter.month(month)));
        month = month.add_months_to_first(1);
    }
    month_ticks
}
