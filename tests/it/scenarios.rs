//! What-if sliders applied to a dataset, and projections of when a pledge is met.

use crate::support::{default_dataset, fixture};
use pledgeviz::date::Date;
use pledgeviz::model::{Delivered, Figure, Qualifier};
use pledgeviz::ratio::Ratio;
use pledgeviz::scenario::{apply, apply_to, Projection, Scenario};

#[test]
fn the_zero_scenario_returns_the_datasets_own_figures_exactly() {
    for dataset in [
        default_dataset(),
        fixture("contributors.json"),
        fixture("over-delivery.json"),
    ] {
        for outcome in apply(&dataset, &Scenario::default()) {
            let commitment = &dataset.commitments[outcome.commitment];
            assert_eq!(outcome.delivered, commitment.delivered);
            assert_eq!(outcome.pledged, commitment.pledged);
            assert_eq!(outcome.ratio, outcome.published_ratio);
            assert_eq!(outcome.extra_share, 0.0);
            let expected = match outcome.published_ratio {
                Ratio::Share { value, .. } if value >= 1.0 => Projection::AlreadyMet,
                Ratio::Share { .. } => Projection::NoPace,
                _ => Projection::Unknown,
            };
            assert_eq!(outcome.projection, expected, "{}", commitment.id);
        }
    }
}

#[test]
fn extra_money_raises_the_ratio_by_its_share_of_the_pledge() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = 200e6;
    let outcome = apply_to(&default_dataset(), 0, &scenario).expect("funding");
    assert_eq!(outcome.delivered, Delivered::Amount(Figure::exact(268e6)));
    assert_eq!(
        outcome.ratio,
        Ratio::Share {
            value: 268.0 / 600.0,
            qualifier: Qualifier::Exact
        }
    );
    assert!((outcome.extra_share - 1.0 / 3.0).abs() < 1e-12);
}

#[test]
fn bound_stays_a_bound_after_scenario() {
    let mut scenario = Scenario::default();
    scenario.adjust("personnel").extra_delivered = 0.2;
    let outcome = apply_to(&default_dataset(), 1, &scenario).expect("personnel");
    match outcome.ratio {
        Ratio::Share { value, qualifier } => {
            assert!((value - 0.6).abs() < 1e-12);
            assert_eq!(qualifier, Qualifier::LessThan);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_monthly_pace_projects_the_day_the_pledge_is_met() {
    let dataset = fixture("over-delivery.json");
    // "grants": 25 of 100 delivered; 25 a month closes the gap in 3 months (92 days).
    let mut scenario = Scenario::default();
    scenario.adjust("grants").monthly_pace = 25.0;
    let outcome = apply_to(&dataset, 1, &scenario).expect("grants");
    assert_eq!(
        outcome.projection,
        Projection::MetOn {
            date: dataset.as_of.add_days(92),
            qualifier: Qualifier::Exact
        }
    );
}

#[test]
fn a_slow_pace_is_not_met_before_the_deadline() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").monthly_pace = 50e6;
    let outcome = apply_to(&default_dataset(), 0, &scenario).expect("funding");
    assert_eq!(
        outcome.projection,
        Projection::NotBefore(Date::parse("2025-10-02").expect("date"))
    );
    let end = outcome
        .ratio_at_end
        .and_then(Ratio::value)
        .expect("a ratio at the deadline");
    assert!(end > 68.0 / 600.0 && end < 1.0, "{end}");
}

#[test]
fn an_upper_bound_projects_a_not_before_date() {
    let mut scenario = Scenario::default();
    scenario.adjust("personnel").monthly_pace = 0.25;
    let outcome = apply_to(&default_dataset(), 1, &scenario).expect("personnel");
    match outcome.projection {
        Projection::MetOn { qualifier, .. } => assert_eq!(qualifier, Qualifier::MoreThan),
        other => panic!("{other:?}"),
    }
}

#[test]
fn over_delivery_is_already_met() {
    let mut scenario = Scenario::default();
    scenario.adjust("loans").monthly_pace = 1.0;
    let outcome = apply_to(&fixture("over-delivery.json"), 0, &scenario).expect("loans");
    assert_eq!(outcome.projection, Projection::AlreadyMet);
}

#[test]
fn a_changed_pledge_changes_the_ratio() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").pledged = Some(340e6);
    let outcome = apply_to(&default_dataset(), 0, &scenario).expect("funding");
    assert_eq!(
        outcome.ratio,
        Ratio::Share {
            value: 0.2,
            qualifier: Qualifier::Exact
        }
    );
}

#[test]
fn negative_and_non_finite_slider_values_count_as_zero() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = -5e6;
    scenario.adjust("funding").monthly_pace = f64::NAN;
    let outcome = apply_to(&default_dataset(), 0, &scenario).expect("funding");
    assert_eq!(outcome.ratio, outcome.published_ratio);
    assert_eq!(outcome.projection, Projection::NoPace);
}

#[test]
fn slider_setters_keep_values_finite_and_at_least_zero() {
    let mut scenario = Scenario::default();
    scenario.set_extra_delivered("funding", f64::INFINITY);
    scenario.set_monthly_pace("funding", -3.0);
    let adjustment = scenario.adjustment("funding").expect("an adjustment");
    assert_eq!(
        (adjustment.extra_delivered, adjustment.monthly_pace),
        (0.0, 0.0)
    );
    scenario.set_extra_delivered("funding", 2e8);
    assert_eq!(
        scenario.adjustment("funding").map(|a| a.extra_delivered),
        Some(2e8)
    );
}

/// Without a deadline, a monthly pace's projection on the timeline stops on the day the
/// pledge would be met, at 100 %, as the pace sentence says; it used to run ten years on
/// ("1 271 % le 27 juin 2035") and squeeze the observed months into a few pixels.
#[test]
fn without_a_deadline_the_projection_stops_where_the_pledge_is_met() {
    use pledgeviz::format::PlainFormatter;
    use pledgeviz::model::Lang;
    use pledgeviz::view::timeline_view;
    let mut dataset = default_dataset();
    for commitment in &mut dataset.commitments {
        commitment.deadline = None;
    }
    let mut scenario = Scenario::default();
    scenario.adjust("funding").monthly_pace = 50e6;
    let outcome = apply_to(&dataset, 0, &scenario).expect("the funding");
    let Projection::MetOn { date: met, .. } = outcome.projection else {
        panic!("met: {:?}", outcome.projection);
    };
    let view = timeline_view(&dataset, &scenario, &PlainFormatter(Lang::En));
    let (from, to) = view.series[0].projection.expect("a projection");
    assert_eq!(from.date, dataset.as_of);
    assert_eq!(to.date, met);
    // 100 % on that day (not 100.3 %, which would stretch the axis to 125 %).
    assert_eq!(to.share, 1.0);
    let label = view.series[0].projection_label.as_deref().expect("a label");
    assert!(label.starts_with("100%"), "{label}");
    assert!(
        view.end < met.add_days(400),
        "the timeline runs to {:?}",
        view.end
    );
    assert!(view.y_max <= 1.0 + 1e-9, "the axis runs to {}", view.y_max);
    // Met already with an extra amount: no line into the future, no ten years.
    let mut met_already = scenario.clone();
    met_already.adjust("funding").extra_delivered = 600e6;
    let view = timeline_view(&dataset, &met_already, &PlainFormatter(Lang::En));
    let (from, to) = view.series[0].projection.expect("a projection");
    assert_eq!((from.date, to.date), (dataset.as_of, dataset.as_of));
    assert!(
        view.end < dataset.as_of.add_days(400),
        "the timeline runs to {:?}",
        view.end
    );
    // With a deadline, it still runs to the deadline.
    let view = timeline_view(&default_dataset(), &scenario, &PlainFormatter(Lang::En));
    let deadline = default_dataset().commitments[0]
        .deadline
        .expect("a deadline");
    assert_eq!(
        view.series[0].projection.expect("a projection").1.date,
        deadline
    );
}
