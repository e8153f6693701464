//! Issue 12: a slider's move draws again only the part of a chart that changed. The page
//! clips to the region [`redraw`] gives; the browser test (`tests/web.rs`) checks that the
//! pixels then match a fresh drawing. Here: the region holds everything that changed, is
//! small where one bar moved, and takes every curve and slanted line it touches in whole.

use crate::support::default_dataset;
use pledgeviz::chart::bars::layout_bars;
use pledgeviz::chart::timeline::layout_timeline;
use pledgeviz::chart::{redraw, BoxPx, Redraw, Scene, Shape, Theme};
use pledgeviz::format::PlainFormatter;
use pledgeviz::model::Lang;
use pledgeviz::scenario::Scenario;
use pledgeviz::view::{bar_view, timeline_view};
use proptest::prelude::*;

fn charts(scenario: &Scenario, width: f64) -> [Scene; 2] {
    let dataset = default_dataset();
    let formatter = PlainFormatter(Lang::Fr);
    let theme = Theme::light();
    [
        layout_bars(&bar_view(&dataset, scenario, &formatter), width, &theme),
        layout_timeline(
            &timeline_view(&dataset, scenario, &formatter),
            width,
            &theme,
        ),
    ]
}

fn with(steps: &[(&str, &str, f64)]) -> Scenario {
    let mut scenario = Scenario::default();
    for (commitment, kind, value) in steps {
        match *kind {
            "extra" => scenario.set_extra_delivered(commitment, *value),
            _ => scenario.set_monthly_pace(commitment, *value),
        }
    }
    scenario
}

fn area(b: &BoxPx) -> f64 {
    (b.right - b.left) * (b.bottom - b.top)
}

fn contains(outer: &BoxPx, inner: &BoxPx) -> bool {
    outer.left <= inner.left
        && outer.top <= inner.top
        && inner.right <= outer.right
        && inner.bottom <= outer.bottom
}

fn canvas(scene: &Scene) -> BoxPx {
    BoxPx {
        left: 0.0,
        top: 0.0,
        right: scene.width_px,
        bottom: scene.height_px,
    }
}

/// What the region must hold: every shape of either scene that is not in both at the same
/// place in the drawing order (inside the canvas), and in whole every curve and slanted line
/// of the new scene that touches it.
fn check_region(old: &Scene, new: &Scene, ratio: f64) -> Result<Option<f64>, String> {
    let region = match redraw(old, new, ratio) {
        Redraw::Nothing => {
            return if old == new {
                Ok(None)
            } else {
                Err("changed scenes said unchanged".into())
            }
        }
        Redraw::Whole => return Ok(Some(1.0)),
        Redraw::Region(region) => region,
    };
    let inside = |b: BoxPx| BoxPx {
        left: b.left.max(0.0),
        top: b.top.max(0.0),
        right: b.right.min(new.width_px),
        bottom: b.bottom.min(new.height_px),
    };
    let before = old
        .shapes
        .iter()
        .zip(&new.shapes)
        .take_while(|(a, b)| a == b)
        .count();
    let after = old.shapes[before..]
        .iter()
        .rev()
        .zip(new.shapes[before..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    for shape in old.shapes[before..old.shapes.len() - after]
        .iter()
        .chain(&new.shapes[before..new.shapes.len() - after])
    {
        if !contains(&region, &inside(shape.bounds())) {
            return Err(format!("{shape:?} changed outside {region:?}"));
        }
    }
    for shape in &new.shapes {
        let whole = matches!(shape, Shape::Circle { .. })
            || matches!(shape, Shape::Path { points, .. } if points.windows(2).any(|p| p[0].0 != p[1].0 && p[0].1 != p[1].1));
        if whole && shape.bounds().overlaps(&region) && !contains(&region, &inside(shape.bounds()))
        {
            return Err(format!("{shape:?} is cut by {region:?}"));
        }
    }
    Ok(Some(area(&region) / area(&canvas(new))))
}

#[test]
fn the_same_charts_draw_nothing_again() {
    let scenario = with(&[("funding", "extra", 200e6)]);
    for (old, new) in charts(&scenario, 1200.0)
        .iter()
        .zip(charts(&scenario, 1200.0).iter())
    {
        assert_eq!(redraw(old, new, 1.0), Redraw::Nothing);
    }
}

#[test]
fn another_width_draws_everything_again() {
    let scenario = Scenario::default();
    for (old, new) in charts(&scenario, 1200.0)
        .iter()
        .zip(charts(&scenario, 800.0).iter())
    {
        assert_eq!(redraw(old, new, 1.0), Redraw::Whole);
    }
}

#[test]
fn more_money_delivered_draws_again_only_part_of_each_chart() {
    for width in [360.0, 1200.0] {
        let old = charts(&with(&[("funding", "extra", 100e6)]), width);
        let new = charts(&with(&[("funding", "extra", 200e6)]), width);
        for (name, (old, new)) in ["bars", "timeline"].iter().zip(old.iter().zip(new.iter())) {
            let share = check_region(old, new, 1.0)
                .unwrap_or_else(|problem| panic!("{name} at {width}: {problem}"));
            let share =
                share.unwrap_or_else(|| panic!("{name} at {width}: a moved bar changed nothing"));
            // The personnel's bar, the axis, the legend and the history stay as they are.
            let most = if *name == "bars" { 0.5 } else { 0.6 };
            assert!(
                share < most,
                "{name} at {width}: {:.0} % of the canvas drawn again",
                share * 100.0
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn the_region_holds_every_change(
        width in 280.0..1400.0_f64,
        extra in prop::sample::select(vec![0.0, 1e6, 50e6, 200e6, 600e6, 900e6]),
        pace in prop::sample::select(vec![0.0, 5e6, 30e6, 120e6]),
        personnel in prop::sample::select(vec![0.0, 0.1, 0.6]),
        moved in 0usize..3,
        to in prop::sample::select(vec![0.0_f64, 2e6, 75e6, 0.3]),
        ratio in prop::sample::select(vec![0.5, 0.75, 1.0, 1.5, 2.0, 3.0]),
    ) {
        let mut steps = vec![("funding", "extra", extra), ("funding", "pace", pace), ("personnel", "extra", personnel)];
        let old = charts(&with(&steps), width);
        steps[moved].2 = if moved == 2 { to.min(1.0) } else { to };
        let new = charts(&with(&steps), width);
        for (old, new) in old.iter().zip(new.iter()) {
            check_region(old, new, ratio).map_err(TestCaseError::fail)?;
        }
    }
}
