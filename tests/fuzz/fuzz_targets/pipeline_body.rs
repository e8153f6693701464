// The fuzzed pipeline, shared by the fuzz target (pipeline.rs) and the corpus replay in
// tests/it/fuzz_corpus.rs, so both check exactly the same thing.

use pledgeviz::chart::{bars::layout_bars, draw_scene, timeline::layout_timeline, Theme};
use pledgeviz::format::PlainFormatter;
use pledgeviz::model::Lang;
use pledgeviz::scenario::Scenario;
use pledgeviz::validate::parse_dataset;
use pledgeviz::view::{bar_view, contributors_chart, csv, page_text, sliders, timeline_view};
use plotters::prelude::IntoDrawingArea;
use plotters_svg::SVGBackend;

/// Runs one input through the whole pipeline; panics on any broken invariant.
pub fn run_pipeline(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(dataset) = parse_dataset(text) else { return };
    // Slider values and width from the input's length and first bytes: deterministic.
    let seed = data.iter().take(8).fold(0u64, |acc, b| acc.wrapping_mul(31).wrapping_add(u64::from(*b)));
    let width = 200.0 + (seed % 1801) as f64;
    let mut scenario = Scenario::default();
    for (index, commitment) in dataset.commitments.iter().enumerate() {
        let adjustment = scenario.adjust(&commitment.id);
        adjustment.extra_delivered = ((seed >> (index % 8)) % 1000) as f64 * 1e6;
        adjustment.monthly_pace = ((seed >> ((index + 3) % 8)) % 100) as f64 * 1e5;
    }
    for &lang in Lang::ALL {
        let formatter = PlainFormatter(lang);
        let _ = page_text(&dataset, &scenario, &formatter);
        let _ = sliders(&dataset, &scenario, &formatter);
        let _ = csv(&dataset, &scenario, lang);
        let mut scenes = vec![
            layout_bars(&bar_view(&dataset, &scenario, &formatter), width, &Theme::light()),
            layout_timeline(&timeline_view(&dataset, &scenario, &formatter), width, &Theme::dark()),
        ];
        if let Some((_, view)) = contributors_chart(&dataset, &formatter) {
            scenes.push(layout_bars(&view, width, &Theme::light()));
        }
        for scene in &scenes {
            for label in scene.labels() {
                let b = label.bounds();
                assert!(b.left >= 0.0 && b.right <= scene.width_px + 1e-9 && b.top >= 0.0 && b.bottom <= scene.height_px + 1e-9, "{label:?} leaves the chart");
            }
            let mut svg = String::new();
            {
                let size = (scene.width_px as u32, scene.height_px.min(20_000.0) as u32);
                let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
                draw_scene(&area, scene, 1.0).expect("drawing to a string");
            }
        }
    }
}
