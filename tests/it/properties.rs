//! Invariants checked over generated inputs.

use crate::support::qualifier;
use pledgeviz::chart::bars::layout_bars;
use pledgeviz::chart::timeline::layout_timeline;
use pledgeviz::chart::Theme;
use pledgeviz::format::PlainFormatter;
use pledgeviz::model::{Figure, Lang};
use pledgeviz::ratio::{ratio, Ratio};
use pledgeviz::scenario::{apply, Scenario};
use pledgeviz::validate::parse_dataset;
use pledgeviz::view::{bar_view, timeline_view};
use proptest::prelude::*;

fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), 0.0..1e15_f64, 0.0..10.0_f64]
}

proptest! {
    #[test]
    fn every_ratio_is_finite_or_explicitly_undefined(d in amount(), p in amount(), qd in qualifier(), qp in qualifier()) {
        match ratio(Figure { value: d, qualifier: qd }, Figure { value: p, qualifier: qp }) {
            Ratio::Share { value, .. } => prop_assert!(value.is_finite() && value >= 0.0),
            Ratio::NothingPledged => prop_assert_eq!(p, 0.0),
            Ratio::Indeterminate => prop_assert!(qd == qp && qd.is_bound()),
        }
    }

    #[test]
    fn adding_money_never_lowers_a_ratio(extra in 0.0..1e12_f64, pace in 0.0..1e9_f64) {
        let dataset = crate::support::default_dataset();
        let mut scenario = Scenario::default();
        scenario.adjust("funding").extra_delivered = extra;
        scenario.adjust("funding").monthly_pace = pace;
        scenario.adjust("personnel").extra_delivered = extra / 1e12;
        for outcome in apply(&dataset, &scenario) {
            let (before, after) = (outcome.published_ratio.value().unwrap_or(0.0), outcome.ratio.value().unwrap_or(0.0));
            prop_assert!(after >= before, "{} < {}", after, before);
            prop_assert_eq!(outcome.ratio.qualifier(), outcome.published_ratio.qualifier());
        }
    }

    #[test]
    fn parsing_never_panics_on_arbitrary_text(text in ".{0,200}") {
        let _ = parse_dataset(&text);
    }

    #[test]
    fn parsing_never_panics_on_damaged_datasets(cut in 0usize..4000, byte in any::<u8>()) {
        let mut bytes = crate::support::DEFAULT_JSON.as_bytes().to_vec();
        let at = cut % bytes.len();
        bytes[at] = byte;
        let _ = parse_dataset(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn any_valid_dataset_lays_out_and_draws_inside_the_chart_at_any_width(
        contributors in 0usize..40,
        observations in 0usize..60,
        width in 200.0..2000.0_f64,
        extra in 0.0..1e10_f64,
        english in any::<bool>(),
        dark in any::<bool>(),
    ) {
        let dataset = parse_dataset(&pledgeviz::sample::large_dataset_json(contributors, observations)).map_err(|p| TestCaseError::fail(p.to_string()))?;
        let mut scenario = Scenario::default();
        scenario.adjust("money").extra_delivered = extra;
        scenario.adjust("staff").monthly_pace = extra / 1e7;
        let formatter = PlainFormatter(if english { Lang::En } else { Lang::Fr });
        let theme = if dark { Theme::dark() } else { Theme::light() };
        for scene in [
            layout_bars(&bar_view(&dataset, &scenario, &formatter), width, &theme),
            layout_timeline(&timeline_view(&dataset, &scenario, &formatter), width, &theme),
        ] {
            prop_assert!(scene.height_px.is_finite() && scene.height_px > 0.0);
            // Drawing never panics either.
            let mut svg = String::new();
            {
                use plotters::prelude::IntoDrawingArea;
                let area = plotters_svg::SVGBackend::with_string(&mut svg, (scene.width_px as u32, scene.height_px as u32)).into_drawing_area();
                pledgeviz::chart::draw_scene(&area, &scene, 1.0).map_err(|e| TestCaseError::fail(e.to_string()))?;
            }
            for label in scene.labels() {
                let b = label.bounds();
                prop_assert!(b.left >= 0.0 && b.right <= width && b.top >= 0.0 && b.bottom <= scene.height_px, "{:?} outside {}x{}", label, width, scene.height_px);
            }
        }
    }
}
