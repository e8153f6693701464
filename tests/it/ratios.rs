//! Delivered ÷ pledged per commitment, per contributor and over time; shortfall and pace.

use crate::support::{default_dataset, fixture};
use pledgeviz::date::Date;
use pledgeviz::model::{Delivered, Figure, Qualifier};
use pledgeviz::ratio::*;

fn figure(value: f64, qualifier: Qualifier) -> Figure {
    Figure { value, qualifier }
}

#[test]
fn ratio_of_zero_pledge_is_nothing_pledged() {
    assert_eq!(
        ratio(Figure::exact(5.0), Figure::exact(0.0)),
        Ratio::NothingPledged
    );
    assert_eq!(
        ratio(Figure::exact(0.0), Figure::exact(0.0)),
        Ratio::NothingPledged
    );
    assert_eq!(
        delivery_ratio(
            Delivered::ShareOfPledge(Figure::exact(0.5)),
            Some(Figure::exact(0.0))
        ),
        Ratio::NothingPledged
    );
}

#[test]
fn over_delivery_goes_past_one_with_no_shortfall() {
    assert_eq!(
        ratio(Figure::exact(130.0), Figure::exact(100.0)),
        Ratio::Share {
            value: 1.3,
            qualifier: Qualifier::Exact
        }
    );
    assert_eq!(
        shortfall(
            Delivered::Amount(Figure::exact(130.0)),
            Some(Figure::exact(100.0))
        ),
        Some(Figure::exact(0.0))
    );
}

#[test]
fn bounds_stay_bounds_through_division() {
    use Qualifier::*;
    let check = |delivered, pledged, expected: Option<Qualifier>| {
        assert_eq!(
            quotient_qualifier(delivered, pledged),
            expected,
            "{delivered:?} / {pledged:?}"
        );
    };
    check(LessThan, Exact, Some(LessThan));
    check(LessThan, MoreThan, Some(LessThan));
    check(Exact, MoreThan, Some(LessThan));
    check(MoreThan, Exact, Some(MoreThan));
    check(Approximate, Exact, Some(Approximate));
    check(LessThan, LessThan, None);
    check(MoreThan, MoreThan, None);
    assert_eq!(
        ratio(figure(4.0, LessThan), figure(10.0, LessThan)),
        Ratio::Indeterminate
    );
}

#[test]
fn a_bound_on_delivery_makes_the_shortfall_a_bound_the_other_way() {
    let gap = shortfall(
        Delivered::Amount(figure(40.0, Qualifier::LessThan)),
        Some(Figure::exact(100.0)),
    );
    assert_eq!(gap, Some(figure(60.0, Qualifier::MoreThan)));
}

#[test]
fn the_default_dataset_gives_eleven_percent_and_under_forty() {
    let dataset = default_dataset();
    let funding = commitment_ratio(&dataset.commitments[0]);
    assert_eq!(
        funding,
        Ratio::Share {
            value: 68.0 / 600.0,
            qualifier: Qualifier::Exact
        }
    );
    let personnel = commitment_ratio(&dataset.commitments[1]);
    assert_eq!(
        personnel,
        Ratio::Share {
            value: 0.4,
            qualifier: Qualifier::LessThan
        }
    );
    assert_eq!(
        shortfall(
            dataset.commitments[0].delivered,
            dataset.commitments[0].pledged
        ),
        Some(Figure::exact(532e6))
    );
    // No headcount was published, so no count of people is invented.
    assert_eq!(
        delivered_amount(
            dataset.commitments[1].delivered,
            dataset.commitments[1].pledged
        ),
        None
    );
}

#[test]
fn the_monthly_pace_needed_spreads_the_gap_over_the_months_left() {
    let dataset = default_dataset();
    let funding = &dataset.commitments[0];
    let deadline = funding.deadline.expect("a deadline");
    match monthly_pace_needed(funding.delivered, funding.pledged, dataset.as_of, deadline) {
        PaceNeeded::PerMonth(figure) => {
            // 532 M$ over the 98 days from 26 June to 2 October 2025.
            let expected = 532e6 / (98.0 / 30.436_875);
            assert!((figure.value - expected).abs() < 1.0, "{figure:?}");
            assert_eq!(figure.qualifier, Qualifier::Exact);
        }
        other => panic!("{other:?}"),
    }
    let personnel = &dataset.commitments[1];
    match monthly_pace_needed(
        personnel.delivered,
        personnel.pledged,
        dataset.as_of,
        deadline,
    ) {
        PaceNeeded::PerMonth(figure) => assert_eq!(figure.qualifier, Qualifier::MoreThan),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        monthly_pace_needed(funding.delivered, funding.pledged, deadline, dataset.as_of),
        PaceNeeded::DeadlinePassed
    );
    assert_eq!(
        monthly_pace_needed(
            Delivered::Amount(Figure::exact(700.0)),
            Some(Figure::exact(600.0)),
            dataset.as_of,
            deadline
        ),
        PaceNeeded::AlreadyMet
    );
}

#[test]
fn a_timeline_with_one_observation_has_one_point() {
    let dataset = default_dataset();
    let points = timeline(&dataset, 0);
    assert_eq!(
        points,
        vec![(
            Date::parse("2025-06-26").expect("date"),
            Ratio::Share {
                value: 68.0 / 600.0,
                qualifier: Qualifier::Exact
            }
        )]
    );
}

#[test]
fn a_timeline_ends_with_the_as_of_figure_when_observations_stop_earlier() {
    let dataset = fixture("contributors.json");
    let points = timeline(&dataset, 0);
    assert_eq!(points.len(), 4);
    assert_eq!(points.last().map(|p| p.0), Some(dataset.as_of));
    let values: Vec<f64> = points.iter().filter_map(|p| p.1.value()).collect();
    assert!(values.windows(2).all(|w| w[0] <= w[1]), "{values:?}");
}

#[test]
fn contributor_ratios_follow_each_contributors_own_pledge() {
    let dataset = fixture("contributors.json");
    let ratios = contributor_ratios(&dataset, 0);
    assert_eq!(ratios.len(), 5);
    assert_eq!(
        ratios[0].ratio,
        Ratio::Share {
            value: 0.5,
            qualifier: Qualifier::Exact
        }
    );
    assert_eq!(ratios[0].gap, 50e6);
    assert!(ratios.iter().any(|r| r.ratio == Ratio::NothingPledged));
}

#[test]
fn no_contributors_means_no_contributor_ratios() {
    assert!(contributor_ratios(&default_dataset(), 0).is_empty());
}

#[test]
fn the_pace_ratio_divides_by_the_share_of_the_period_elapsed() {
    let dataset = fixture("contributors.json");
    // Half the period has elapsed and 30 % was delivered: 0.3 / 0.5.
    match pace_ratio(&dataset, 0) {
        Some(Ratio::Share { value, qualifier }) => {
            assert!((value - 0.6).abs() < 0.01, "{value}");
            assert_eq!(qualifier, Qualifier::Exact);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(pace_ratio(&default_dataset(), 0), None);
}
