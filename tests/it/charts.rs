//! Golden SVG snapshots of the charts and the layout contract.
//!
//! Snapshots live in `tests/snapshots/`. A mismatch writes `NAME.changed.svg` beside the
//! golden file (ignored by git) and fails; `UPDATE_SNAPSHOTS=1 cargo test` rewrites them.

use crate::support::{default_dataset, fixture};
use pledgeviz::chart::bars::layout_bars;
use pledgeviz::chart::theme::{parse_css_rgb, text_scale_for_root_font};
use pledgeviz::chart::timeline::layout_timeline;
use pledgeviz::chart::{draw_scene, Rgba, Scene, Theme};
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

/// The bars and the timeline of each shipped dataset, in every language, published and
/// with a scenario, at every width the page meets, in `theme`: checked by [`check_layout`].
fn check_every_layout(theme: &Theme) {
    let mut scenario = funding_scenario();
    scenario.adjust("personnel").extra_delivered = 0.3;
    scenario.adjust("personnel").monthly_pace = 0.1;
    let datasets = [
        ("default", default_dataset()),
        ("contributors", fixture("contributors.json")),
        ("over-delivery", fixture("over-delivery.json")),
    ];
    let scale = theme.text_scale;
    for (name, dataset) in &datasets {
        for &lang in Lang::ALL {
            let formatter = PlainFormatter(lang);
            for (case, scenario) in [
                ("published", Scenario::default()),
                ("scenario", scenario.clone()),
            ] {
                for width in [320.0, 360.0, 768.0, 1200.0] {
                    let label = format!("{name} {lang:?} {case} {width} text ×{scale}");
                    check_layout(
                        &format!("{label} bars"),
                        &layout_bars(&bar_view(dataset, &scenario, &formatter), width, theme),
                    );
                    check_layout(
                        &format!("{label} timeline"),
                        &layout_timeline(
                            &timeline_view(dataset, &scenario, &formatter),
                            width,
                            theme,
                        ),
                    );
                }
            }
        }
    }
    let large = crate::support::large_dataset(200, 400);
    let view = contributor_view(&large, 0, 8, &PlainFormatter(Lang::Fr)).expect("a commitment");
    check_layout(
        &format!("200 contributors at 320, text ×{scale}"),
        &layout_bars(&view, 320.0, theme),
    );
}

#[test]
fn at_320_px_no_label_overlaps_another_or_leaves_the_chart() {
    check_every_layout(&Theme::light());
}

/// Issue 10: at 200 % text, the charts' text doubles and still fits, from 320 px up.
#[test]
fn at_200_percent_text_no_label_overlaps_another_or_leaves_the_chart() {
    let mut theme = Theme::light();
    theme.text_scale = text_scale_for_root_font(32.0);
    assert_eq!(theme.text_scale, 2.0);
    check_every_layout(&theme);
}

/// At 200 % text on a 320 px phone, an event's name wraps onto more lines instead of
/// being cut with "…": every word of every event is on the chart.
#[test]
fn at_200_percent_text_event_names_wrap_and_are_never_cut() {
    let mut theme = Theme::light();
    theme.text_scale = 2.0;
    let mut wrapped = 0;
    for lang in [Lang::Fr, Lang::En, Lang::Es] {
        let view = timeline_view(
            &default_dataset(),
            &Scenario::default(),
            &PlainFormatter(lang),
        );
        // The charts' width in a 320 px page, and wider.
        for width in [288.0, 320.0, 360.0] {
            let scene = layout_timeline(&view, width, &theme);
            let words: Vec<&str> = scene.labels().map(|label| label.text.as_str()).collect();
            let shown = words.join(" ");
            assert!(!shown.contains('…'), "{lang:?} at {width}: {words:?}");
            for event in &view.events {
                assert!(
                    shown.contains(event.label.as_str()),
                    "{lang:?} at {width}: {:?} not in {words:?}",
                    event.label
                );
            }
            wrapped += view
                .events
                .iter()
                .filter(|event| scene.labels().all(|label| label.text != event.label))
                .count();
        }
    }
    assert!(
        wrapped > 0,
        "no event name needed two lines: the test shows nothing"
    );
}

#[test]
fn text_scale_follows_the_root_font_size_within_bounds() {
    for (root_font_px, scale) in [
        (16.0, 1.0),
        (32.0, 2.0),
        (24.0, 1.5),
        (8.0, 1.0),
        (160.0, 3.0),
        (0.0, 1.0),
        (f64::NAN, 1.0),
    ] {
        assert_eq!(
            text_scale_for_root_font(root_font_px),
            scale,
            "{root_font_px}"
        );
    }
}

/// Issue 10: at 200 % text and 320 px, the personnel's basis no longer fits on one line
/// ("personnel promis (effectif non publié dans la so…"): it wraps, every word shown.
#[test]
fn at_200_percent_text_the_basis_wraps_instead_of_being_cut() {
    let mut theme = Theme::light();
    theme.text_scale = 2.0;
    let scene = layout_bars(
        &bar_view(
            &default_dataset(),
            &Scenario::default(),
            &PlainFormatter(Lang::Fr),
        ),
        320.0,
        &theme,
    );
    let texts: Vec<&str> = scene.labels().map(|label| label.text.as_str()).collect();
    assert!(texts.iter().all(|text| !text.ends_with('…')), "{texts:?}");
    let basis = "personnel promis (effectif non publié dans la source)";
    let start = texts
        .iter()
        .position(|text| basis.starts_with(*text) && text.starts_with("personnel"))
        .expect("the basis's first line");
    let mut shown = texts[start].to_owned();
    for text in &texts[start + 1..] {
        if shown.len() >= basis.len() {
            break;
        }
        shown = format!("{shown} {text}");
    }
    assert_eq!(shown, basis);
}

#[test]
fn at_text_scale_one_the_charts_are_the_designed_ones() {
    let view = bar_view(
        &default_dataset(),
        &Scenario::default(),
        &PlainFormatter(Lang::Fr),
    );
    let mut doubled = Theme::light();
    doubled.text_scale = 2.0;
    let designed = layout_bars(&view, 360.0, &Theme::light());
    let larger = layout_bars(&view, 360.0, &doubled);
    let size = |scene: &Scene| {
        scene
            .labels()
            .map(|label| label.size_px)
            .fold(0.0, f64::max)
    };
    assert_eq!(size(&larger), 2.0 * size(&designed));
    assert!(larger.height_px > designed.height_px);
}

#[test]
fn a_long_basis_wraps_onto_extra_lines_and_keeps_every_word() {
    let mut dataset = default_dataset();
    let long = "très long libellé ".repeat(12);
    dataset.commitments[0].pledged_basis = pledgeviz::model::Text::plain(&long);
    let scene = layout_bars(
        &bar_view(&dataset, &Scenario::default(), &PlainFormatter(Lang::Fr)),
        320.0,
        &Theme::light(),
    );
    let lines: Vec<&str> = scene
        .labels()
        .map(|label| label.text.as_str())
        .filter(|text| {
            text.starts_with("très") || text.starts_with("libellé") || text.starts_with("long")
        })
        .collect();
    assert!(lines.len() > 1, "{lines:?}");
    assert_eq!(lines.join(" "), long.trim());
    check_layout("long basis", &scene);
}

/// Issue 10: an embed leaves its background transparent only over a host background its
/// theme reads well on; dark text on a dark host or light text on a light article never.
#[test]
fn a_theme_is_transparent_only_over_a_background_it_reads_well_on() {
    let (light, dark) = (Theme::light(), Theme::dark());
    for (theme, host, transparent) in [
        (&light, "rgb(255, 255, 255)", true),
        (&light, "rgb(251, 250, 247)", true),
        (&light, "rgba(251, 250, 247, 1)", true),
        (&dark, "rgb(251, 250, 247)", false),
        (&dark, "rgb(18, 18, 18)", true),
        (&dark, "rgb(22 24 29)", true),
        (&light, "rgb(18, 18, 18)", false),
        // Mid grey: neither theme's secondary text reaches 4.5:1.
        (&light, "rgb(128, 128, 128)", false),
        (&dark, "rgb(128, 128, 128)", false),
        // Unknown or translucent: the widget paints its own background.
        (&light, "", false),
        (&dark, "rgba(0, 0, 0, 0)", false),
        (&dark, "rgba(18, 18, 18, 0.5)", false),
        (&light, "oklch(0.9 0.01 90)", false),
        (&light, "rgb(300, 0, 0)", false),
        (&light, "rgb(255, 255)", false),
    ] {
        assert_eq!(
            theme.transparent_over(host),
            transparent,
            "{host} in the {} theme",
            if theme == &light { "light" } else { "dark" }
        );
    }
    assert_eq!(parse_css_rgb(" rgb(1, 2, 3) "), Some(Rgba::hex(0x010203)));
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

/// Issue 10: an approximate figure's finely hatched end is explained, so that it is never
/// taken for a bound.
#[test]
fn issue_10_an_approximate_figure_has_its_own_legend_entry() {
    use pledgeviz::model::{Delivered, Figure, Qualifier};
    let mut dataset = default_dataset();
    dataset.commitments[0].delivered = Delivered::Amount(Figure {
        value: 68e6,
        qualifier: Qualifier::Approximate,
    });
    let view = bar_view(&dataset, &Scenario::default(), &PlainFormatter(Lang::Fr));
    let scene = layout_bars(&view, 1200.0, &Theme::light());
    let words: Vec<&str> = scene.labels().map(|label| label.text.as_str()).collect();
    assert!(
        words.iter().any(|w| w.contains("chiffre approximatif")),
        "{words:?}"
    );
    let exact = layout_bars(
        &bar_view(
            &default_dataset(),
            &Scenario::default(),
            &PlainFormatter(Lang::Fr),
        ),
        1200.0,
        &Theme::light(),
    );
    assert!(!exact
        .labels()
        .any(|label| label.text.contains("approximatif")));
}

/// No straight line drawn before a timeline label crosses its text (the as-of date's line,
/// grid lines, event leaders): the label sits on a patch of the background drawn after it.
#[test]
fn no_line_crosses_a_timeline_label() {
    use pledgeviz::chart::{Shape, Theme};
    for theme in [Theme::light(), Theme::dark()] {
        for scenario in [Scenario::default(), funding_scenario()] {
            let view = timeline_view(&default_dataset(), &scenario, &PlainFormatter(Lang::Fr));
            for width in [320.0, 360.0, 768.0, 1200.0] {
                let scene = layout_timeline(&view, width, &theme);
                for (at, shape) in scene.shapes.iter().enumerate() {
                    let Shape::Text(label) = shape else { continue };
                    let text = label.bounds();
                    for (before, line) in scene.shapes[..at].iter().enumerate() {
                        let Shape::Path { points, .. } = line else {
                            continue;
                        };
                        let crosses = points.windows(2).any(|pair| {
                            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
                            let vertical = x0 == x1
                                && text.left < x0
                                && x0 < text.right
                                && y0.min(y1) < text.bottom
                                && text.top < y0.max(y1);
                            let horizontal = y0 == y1
                                && text.top < y0
                                && y0 < text.bottom
                                && x0.min(x1) < text.right
                                && text.left < x0.max(x1);
                            vertical || horizontal
                        });
                        let patched = scene.shapes[before..at].iter().any(|patch| matches!(patch,
                            Shape::Rect { area, fill: Some(fill), .. } if *fill == theme.surface
                                && area.left <= text.left && area.top <= text.top && text.right <= area.right && text.bottom <= area.bottom));
                        assert!(
                            !crosses || patched,
                            "at {width}: a line crosses {:?}",
                            label.text
                        );
                    }
                }
            }
        }
    }
}

/// A bound lifted by the scenario stays a bound on the timeline: "less than 40 %" plus 61
/// points is drawn as a square with an arrow pointing down, as the observed "< 40 %" is.
#[test]
fn a_bound_lifted_by_the_scenario_keeps_its_arrow() {
    use pledgeviz::chart::Shape;
    let arrows = |scenario: &Scenario| {
        let view = timeline_view(&default_dataset(), scenario, &PlainFormatter(Lang::En));
        let scene = layout_timeline(&view, 1200.0, &pledgeviz::chart::Theme::light());
        let squares: Vec<(f64, f64)> = scene
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Rect {
                    area,
                    fill: Some(_),
                    stroke: None,
                } if (area.right - area.left - 8.0).abs() < 1e-9
                    && (area.bottom - area.top - 8.0).abs() < 1e-9 =>
                {
                    Some((
                        (area.left + area.right) / 2.0,
                        (area.top + area.bottom) / 2.0,
                    ))
                }
                _ => None,
            })
            .collect();
        // An arrow's stem starting just under each square (the observed bounds' arrows start
        // under their dots, elsewhere).
        squares
            .iter()
            .filter(|(x, y)| {
                scene.shapes.iter().any(|shape| {
                    matches!(shape,
                    Shape::Path { points, .. } if points.len() == 2 && points[0] == (*x, *y + 5.0) && points[1].0 == *x && points[1].1 > *y + 5.0)
                })
            })
            .count()
    };
    let mut personnel = Scenario::default();
    personnel.adjust("personnel").extra_delivered = 0.61;
    assert_eq!(arrows(&personnel), 1);
    // An exact figure lifted has no arrow.
    assert_eq!(arrows(&funding_scenario()), 0);
}

/// Where a line of `scene` runs under a series' latest figure or a projection's end figure
/// (its text and the background patch drawn under it, 2 px wider each side): a series'
/// line, a projection, a bound's arrow or the 100 % line, any part of its width; and where
/// a figure leaves the chart.
fn lines_under_figures(
    scene: &Scene,
    view: &pledgeviz::view::TimelineView,
    projections: bool,
) -> Vec<String> {
    use pledgeviz::chart::Shape;
    let mut hidden = Vec::new();
    // Each series' latest figure, and the lines of each projection's end figure.
    let mut figures = Vec::new();
    for series in &view.series {
        let Some(text) = scene.shapes.iter().find_map(|shape| match shape {
            Shape::Text(label) if label.text == series.end_label => Some(label.bounds()),
            _ => None,
        }) else {
            panic!("no figure for {}", series.label);
        };
        figures.push((series.end_label.clone(), text));
        if let Some(projection) = series.projection_label.as_ref().filter(|_| projections) {
            figures.extend(scene.shapes.iter().filter_map(|shape| match shape {
                Shape::Text(label) if label.bold && projection.contains(label.text.as_str()) => {
                    Some((label.text.clone(), label.bounds()))
                }
                _ => None,
            }));
        }
    }
    for (figure, text) in figures {
        if text.left < 0.0 || text.right > scene.width_px || text.top < 0.0 {
            hidden.push(format!("{figure:?} leaves the chart"));
        }
        for shape in &scene.shapes {
            // Lines 2 px wide or more: not the grid, the event leaders or the as-of date's.
            let Shape::Path {
                points, width_px, ..
            } = shape
            else {
                continue;
            };
            if *width_px < 2.0 {
                continue;
            }
            let half = width_px / 2.0;
            let (left, right) = (text.left - 2.0 - half, text.right + 2.0 + half);
            let (top, bottom) = (text.top - half, text.bottom + half);
            for pair in points.windows(2) {
                for step in 0..=200 {
                    let t = f64::from(step) / 200.0;
                    let (x, y) = (
                        pair[0].0 + (pair[1].0 - pair[0].0) * t,
                        pair[0].1 + (pair[1].1 - pair[0].1) * t,
                    );
                    if left < x && x < right && top < y && y < bottom {
                        hidden.push(format!("{figure:?} hides a line at ({x:.0}, {y:.0})"));
                        break;
                    }
                }
            }
        }
    }
    hidden
}

/// The default dataset with a series of figures for each commitment, `(date, funding in
/// dollars, personnel in percent)`, the last on the as-of date.
fn two_series(figures: &[(&str, f64, f64)]) -> Dataset {
    use pledgeviz::model::{Delivered, Figure};
    let mut dataset = default_dataset();
    let template = |commitment: usize| {
        (dataset.observations.iter())
            .find(|o| o.commitment == commitment && o.date == dataset.as_of)
            .expect("a figure on the as-of date")
            .clone()
    };
    let (funding, personnel) = (template(0), template(1));
    let mut observations = Vec::new();
    for &(date, amount, percent) in figures {
        let date = pledgeviz::date::Date::parse(date).expect("a date");
        let mut money = funding.clone();
        money.date = date;
        money.delivered = Delivered::Amount(Figure::exact(amount));
        let mut people = personnel.clone();
        people.date = date;
        people.delivered = Delivered::ShareOfPledge(Figure::exact(percent / 100.0));
        observations.extend([money, people]);
    }
    dataset.commitments[0].delivered = observations[observations.len() - 2].delivered;
    dataset.commitments[1].delivered = observations[observations.len() - 1].delivered;
    dataset.observations = observations;
    dataset
}

/// A series' latest figure sits beside the lines, never on one: neither its own line's last
/// stretch (it used to run under the figure's patch) nor another series' line or
/// projection running close by.
#[test]
fn no_line_runs_under_a_latest_figure() {
    use pledgeviz::chart::Theme;
    // The default funding with a series of disbursements before the as-of date: rising
    // from low, and rising gently to 125 % (the figure sits at the top of the plot).
    let series = |figures: [(&str, f64); 3]| {
        let mut dataset = default_dataset();
        let at = (dataset.observations.iter())
            .position(|o| o.commitment == 0 && o.date == dataset.as_of)
            .expect("the funding's figure on the as-of date");
        let template = dataset.observations[at].clone();
        let observations = figures.map(|(date, amount)| {
            let mut observation = template.clone();
            observation.date = pledgeviz::date::Date::parse(date).expect("a date");
            observation.delivered =
                pledgeviz::model::Delivered::Amount(pledgeviz::model::Figure::exact(amount));
            observation
        });
        dataset.commitments[0].delivered = observations[2].delivered;
        dataset.observations.splice(at..=at, observations);
        dataset
    };
    let rising = series([
        ("2024-12-01", 20e6),
        ("2025-03-01", 45e6),
        ("2025-06-26", 68e6),
    ]);
    let met = series([
        ("2024-12-01", 700e6),
        ("2025-03-01", 730e6),
        ("2025-06-26", 750e6),
    ]);
    // Two lines close together: the funding's figure, above its own rising line, would sit
    // on the personnel's line just above it; and the other way round.
    let close = two_series(&[
        ("2024-12-01", 60e6, 50.0),
        ("2025-03-01", 120e6, 43.0),
        ("2025-06-26", 180e6, 41.0),
    ]);
    let crossing = two_series(&[
        ("2024-12-01", 30e6, 40.0),
        ("2025-03-01", 150e6, 30.0),
        ("2025-06-26", 200e6, 25.0),
    ]);
    // The same after the mandate's end: as published, the plot ends at the as-of date, so
    // there is no room right of the latest figures; with the scenario, at the day the
    // pledges would be met.
    let mut ended = close.clone();
    ended.events.retain(|event| event.date <= ended.as_of);
    for commitment in &mut ended.commitments {
        commitment.deadline = None;
    }
    let mut scenario = funding_scenario();
    scenario.adjust("personnel").extra_delivered = 0.3;
    scenario.adjust("personnel").monthly_pace = 0.1;
    let datasets = [
        fixture("contributors.json"),
        rising,
        met,
        close,
        crossing,
        ended,
        default_dataset(),
    ];
    for dataset in datasets {
        for scenario in [&Scenario::default(), &scenario] {
            for &lang in Lang::ALL {
                let view = timeline_view(&dataset, scenario, &PlainFormatter(lang));
                for width in [320.0, 360.0, 768.0, 1200.0] {
                    let scene = layout_timeline(&view, width, &Theme::light());
                    let hidden = lines_under_figures(&scene, &view, false);
                    assert!(hidden.is_empty(), "{lang:?} at {width}: {hidden:?}");
                }
            }
        }
    }
}

/// The projection's end figure ("71 % le 2 octobre 2025") sits beside the projection's end,
/// not on it: it used to be centred on the end point, hiding the dashed line's last third.
/// (Where two projections end close together, one may still take that place.)
#[test]
fn the_projection_figure_leaves_its_line_in_sight() {
    use pledgeviz::chart::Theme;
    // Without a deadline the projection ends at 100 %, on the 100 % line at the top of the
    // plot: at 320 and 360 px its figure, wider than the steep line's stretch, finds no
    // clear place and sits on the line's end, as it always did.
    let mut open_ended = default_dataset();
    for commitment in &mut open_ended.commitments {
        commitment.deadline = None;
    }
    let all = [320.0, 360.0, 768.0, 1200.0];
    for (dataset, widths) in [(default_dataset(), &all[..]), (open_ended, &all[2..])] {
        for &lang in Lang::ALL {
            let view = timeline_view(&dataset, &funding_scenario(), &PlainFormatter(lang));
            assert!(view.series[0].projection_label.is_some());
            for &width in widths {
                let scene = layout_timeline(&view, width, &Theme::light());
                let hidden = lines_under_figures(&scene, &view, true);
                assert!(hidden.is_empty(), "{lang:?} at {width}: {hidden:?}");
            }
        }
    }
}
