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

#[test]
fn default_dataset_at_360_light_spanish_with_scenario() {
    snapshot_pair(
        "default-360-es-light-scenario",
        &default_dataset(),
        &funding_scenario(),
        Lang::Es,
        360.0,
        &Theme::light(),
    );
}

#[test]
fn over_delivery_and_a_zero_pledge_at_1200_light() {
    let dataset = fixture("over-delivery.json");
    let formatter = PlainFormatter(Lang::Fr);
    let bars = layout_bars(
        &bar_view(&dataset, &Scenario::default(), &formatter),
        1200.0,
        &Theme::light(),
    );
    check_snapshot("over-delivery-1200-fr-light-bars", &render_svg(&bars, 1.0));
}

#[test]
fn one_contributor_at_320_light() {
    let mut dataset = fixture("contributors.json");
    dataset.contributors.truncate(1);
    let view = contributor_view(&dataset, 0, 8, &PlainFormatter(Lang::Fr)).expect("a commitment");
    check_snapshot(
        "contributors-1-320-fr-light",
        &render_svg(&layout_bars(&view, 320.0, &Theme::light()), 1.0),
    );
}

#[test]
fn two_hundred_contributors_at_1200_dark() {
    let dataset = crate::support::large_dataset(200, 10);
    let view = contributor_view(&dataset, 0, 8, &PlainFormatter(Lang::En)).expect("a commitment");
    assert_eq!(view.rows.len(), 9, "eight largest and the others");
    check_snapshot(
        "contributors-200-1200-en-dark",
        &render_svg(&layout_bars(&view, 1200.0, &Theme::dark()), 1.0),
    );
}

#[test]
fn contributors_timeline_at_320_light() {
    snapshot_pair(
        "contributors-320-en-light",
        &fixture("contributors.json"),
        &Scenario::default(),
        Lang::En,
        320.0,
        &Theme::light(),
    );
}

#[test]
fn at_pixel_ratio_two_the_drawing_is_twice_the_css_size() {
    let view = bar_view(
        &default_dataset(),
        &Scenario::default(),
        &PlainFormatter(Lang::Fr),
    );
    let scene = layout_bars(&view, 360.0, &Theme::light());
    let svg = render_svg(&scene, 2.0);
    let expected = format!(
        "width=\"{}\" height=\"{}\"",
        720,
        (scene.height_px * 2.0).round()
    );
    assert!(svg.contains(&expected), "{}", &svg[..200.min(svg.len())]);
}

/// Every layout the page can show at a width: no text leaves the chart, no two overlap.
#[track_caller]
fn check_layout(name: &str, scene: &Scene) {
    let labels: Vec<_> = scene.labels().collect();
    assert!(!labels.is_empty(), "{name}: no text");
    for label in &labels {
        let b = label.bounds();
        assert!(
            b.left >= 0.0
                && b.right <= scene.width_px
                && b.top >= 0.0
                && b.bottom <= scene.height_px,
            "{name}: {:?} leaves the {}×{} chart",
            label.text,
            scene.width_px,
            scene.height_px
        );
    }
    for (i, a) in labels.iter().enumerate() {
        for b in &labels[i + 1..] {
            assert!(
                !a.bounds().overlaps(&b.bounds()),
                "{name}: {:?} overlaps {:?}",
                a.text,
                b.text
            );
        }
    }
}

#[test]
fn at_320_px_no_label_overlaps_another_or_leaves_the_chart() {
    let mut scenario = funding_scenario();
    scenario.adjust("personnel").extra_delivered = 0.3;
    scenario.adjust("personnel").monthly_pace = 0.1;
    let datasets = [
        ("default", default_dataset()),
        ("contributors", fixture("contributors.json")),
        ("over-delivery", fixture("over-delivery.json")),
    ];
    for (name, dataset) in &datasets {
        for &lang in Lang::ALL {
            let formatter = PlainFormatter(lang);
            for (case, scenario) in [
                ("published", Scenario::default()),
                ("scenario", scenario.clone()),
            ] {
                for width in [320.0, 360.0, 768.0, 1200.0] {
                    let label = format!("{name} {lang:?} {case} {width}");
                    check_layout(
                        &format!("{label} bars"),
                        &layout_bars(
                            &bar_view(dataset, &scenario, &formatter),
                            width,
                            &Theme::light(),
                        ),
                    );
                    check_layout(
                        &format!("{label} timeline"),
                        &layout_timeline(
                            &timeline_view(dataset, &scenario, &formatter),
                            width,
                            &Theme::light(),
                        ),
                    );
                }
            }
        }
    }
    let large = crate::support::large_dataset(200, 400);
    let view = contributor_view(&large, 0, 8, &PlainFormatter(Lang::Fr)).expect("a commitment");
    check_layout(
        "200 contributors at 320",
        &layout_bars(&view, 320.0, &Theme::light()),
    );
}

#[test]
fn long_labels_are_shortened_with_an_ellipsis() {
    let mut dataset = default_dataset();
    dataset.commitments[0].pledged_basis =
        pledgeviz::model::Text::plain(&"très long libellé ".repeat(12));
    let scene = layout_bars(
        &bar_view(&dataset, &Scenario::default(), &PlainFormatter(Lang::Fr)),
        320.0,
        &Theme::light(),
    );
    assert!(scene
        .labels()
        .any(|label| label.text.starts_with("très long libellé") && label.text.ends_with('…')));
    check_layout("long basis", &scene);
}

#[test]
fn theme_text_meets_wcag_aa_contrast() {
    use pledgeviz::chart::theme::contrast;
    for theme in [Theme::light(), Theme::dark()] {
        assert!(contrast(theme.text, theme.surface) >= 7.0);
        assert!(contrast(theme.muted, theme.surface) >= 4.5, "muted text");
        assert!(
            contrast(theme.warning, theme.surface) >= 4.5,
            "warning text"
        );
        for color in theme
            .series
            .iter()
            .chain([&theme.delivered, &theme.scenario])
        {
            assert!(
                contrast(*color, theme.surface) >= 2.0,
                "{color:?} is too faint to see"
            );
        }
    }
}

#[test]
fn issue_10_an_exported_image_states_the_scenario_and_never_asks_to_drag_a_slider() {
    use pledgeviz::chart::caption::export_scenes;
    use pledgeviz::view::page_text;
    for (scenario, stated) in [
        (Scenario::default(), None),
        (funding_scenario(), Some("Avec 200")),
    ] {
        let text = page_text(&default_dataset(), &scenario, &PlainFormatter(Lang::Fr));
        let scenes = export_scenes(&text, Vec::new(), 640.0, &Theme::dark().opaque());
        let words: Vec<&str> = scenes
            .iter()
            .flat_map(|scene| scene.labels())
            .map(|label| label.text.as_str())
            .collect();
        let words = words.join(" ");
        assert!(!words.contains("curseur"), "{words}");
        assert!(words.contains("Source"), "{words}");
        if let Some(stated) = stated {
            assert!(words.contains(stated), "{words}");
        }
        assert!(scenes.iter().all(|scene| scene.background.is_some()));
    }
}
