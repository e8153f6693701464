//! Golden SVG snapshots of the charts and the layout contract.
//!
//! Snapshots live in `tests/snapshots/`. A mismatch writes `NAME.changed.svg` beside the
//! golden file (ignored by git) and fails; `UPDATE_SNAPSHOTS=1 cargo test` rewrites them.

use crate::support::{default_dataset, fixture};
use pledgeviz::chart::bars::layout_bars;
use pledgeviz::chart::timeline::layout_timeline;
use pledgeviz::chart::{draw_scene, Scene, Theme};
use pledgeviz::format::PlainFormatter;
use pledgeviz::model::{Dataset, Lang};
use pledgeviz::scenario::Scenario;
use pledgeviz::view::{bar_view, contributor_view, timeline_view};
use plotters::prelude::*;
use plotters_svg::SVGBackend;

fn render_svg(scene: &Scene, pixel_ratio: f64) -> String {
    let mut svg = String::new();
    {
        let size = (
            (scene.width_px * pixel_ratio).round() as u32,
            (scene.height_px * pixel_ratio).round() as u32,
        );
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw_scene(&root, scene, pixel_ratio).expect("drawing to a string cannot fail");
    }
    svg
}

#[track_caller]
fn check_snapshot(name: &str, svg: &str) {
    let dir = format!("{}/tests/snapshots", env!("CARGO_MANIFEST_DIR"));
    let golden = format!("{dir}/{name}.svg");
    let changed = format!("{dir}/{name}.changed.svg");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(&dir).expect("create snapshot folder");
        std::fs::write(&golden, svg).expect("write snapshot");
        let _ = std::fs::remove_file(&changed);
        return;
    }
    match std::fs::read_to_string(&golden) {
        Ok(expected) if expected == svg => {
            let _ = std::fs::remove_file(&changed);
        }
        Ok(_) => {
            std::fs::write(&changed, svg).expect("write changed snapshot");
            panic!("{name}: the chart differs from {golden}; see {changed}, and run with UPDATE_SNAPSHOTS=1 if the change is intended");
        }
        Err(_) => {
            std::fs::write(&changed, svg).expect("write changed snapshot");
            panic!("{name}: no golden file {golden}; see {changed}, and run with UPDATE_SNAPSHOTS=1 to accept it");
        }
    }
}

fn funding_scenario() -> Scenario {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = 200e6;
    scenario.adjust("funding").monthly_pace = 50e6;
    scenario
}

#[track_caller]
fn snapshot_pair(
    name: &str,
    dataset: &Dataset,
    scenario: &Scenario,
    lang: Lang,
    width: f64,
    theme: &Theme,
) {
    let formatter = PlainFormatter(lang);
    let bars = layout_bars(&bar_view(dataset, scenario, &formatter), width, theme);
    check_snapshot(&format!("{name}-bars"), &render_svg(&bars, 1.0));
    let timeline = layout_timeline(&timeline_view(dataset, scenario, &formatter), width, theme);
    check_snapshot(&format!("{name}-timeline"), &render_svg(&timeline, 1.0));
}

#[test]
fn default_dataset_at_320_light() {
    snapshot_pair(
        "default-320-fr-light",
        &default_dataset(),
        &Scenario::default(),
        Lang::Fr,
        320.0,
        &Theme::light(),
    );
}

#[test]
fn default_dataset_at_1200_light() {
    snapshot_pair(
        "default-1200-fr-light",
        &default_dataset(),
        &Scenario::default(),
        Lang::Fr,
        1200.0,
        &Theme::light(),
    );
}

#[test]
fn default_dataset_at_1200_dark_english_with_scenario() {
    snapshot_pair(
        "default-1200-en-dark-scenario",
        &default_dataset(),
        &funding_scenario(),
        Lang::En,
        1200.0,
        &Theme::dark(),
    );
}

#[test]
fn default_dataset_at_320_dark_with_scenario() {
    snapshot_pair(
        "default-320-fr-dark-scenario",
        &default_dataset(),
        &funding_scenario(),
        Lang::Fr,
        320.0,
        &Theme::dark(),
    );
}
