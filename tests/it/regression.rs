//! Regression tests, named after the issue whose work found them.

use crate::support::{default_dataset, DEFAULT_JSON};
use pledgeviz::chart::timeline::layout_timeline;
use pledgeviz::chart::Theme;
use pledgeviz::date::Date;
use pledgeviz::format::PlainFormatter;
use pledgeviz::model::Lang;
use pledgeviz::scenario::Scenario;
use pledgeviz::validate::parse_dataset;
use pledgeviz::view::timeline_view;

/// Found by fuzzing (issue 6): an observation dated after the as-of date put its label
/// outside the timeline.
#[test]
fn issue_6_an_observation_after_the_as_of_date_is_refused() {
    let mut value: serde_json::Value = serde_json::from_str(DEFAULT_JSON).expect("json");
    value["observations"][0]["date"] = "2026-06-26".into();
    let problems = parse_dataset(&value.to_string())
        .err()
        .map(|p| p.to_string())
        .unwrap_or_default();
    assert_eq!(problems, "observations[0].date: 2026-06-26 is after the dataset’s as_of date (2025-06-26); figures cannot be observed after the date they describe");
}

/// The same found the layout trusting the data: points outside the axis now widen it.
#[test]
fn issue_6_every_timeline_point_lies_inside_the_axis() {
    let mut dataset = default_dataset();
    dataset.observations[1].date = Date::parse("2026-06-26").expect("date");
    let view = timeline_view(&dataset, &Scenario::default(), &PlainFormatter(Lang::En));
    assert!(view.end >= Date::parse("2026-06-26").expect("date"));
    let scene = layout_timeline(&view, 2000.0, &Theme::dark());
    for label in scene.labels() {
        let b = label.bounds();
        assert!(b.left >= 0.0 && b.right <= scene.width_px, "{label:?}");
    }
}
